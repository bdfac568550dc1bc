#include "sqlstatement.h"

#include <QCoreApplication>
#include <QSqlError>

#include <utility>

#include "diskspace.h"
#include "statementcache.h"
#include "storageerror.h"

namespace painpace {

namespace {
// `connection`: the name of the connection, to find its file when the disk is full.
[[noreturn]] void fail(const QString& what, const QSqlError& error, const QString& sql,
                       const QString& connection) {
    const int code = error.nativeErrorCode().toInt();
    // SQLITE_FULL is the one failure a person can put right, so it is said plainly, with the
    // free space; SQLite has undone the write by then (docs/architecture.md, "A full disk").
    if ((code & 0xff) == 13) {
        const QString file = QSqlDatabase::database(connection, false).databaseName();
        const qint64 free = diskspace::freeBytes(file);
        throw StorageError(
            QCoreApplication::translate("SqlStatement",
                                        "The disk that holds the diary is full (%1 free), so "
                                        "nothing was written. Make room on it and try again.")
                .arg(free >= 0 ? diskspace::sizeText(free) : QStringLiteral("?")),
            error.databaseText().trimmed(), code);
    }
    QString text = what + QStringLiteral(": ") + error.text().trimmed();
    if (!sql.isEmpty())
        text += QStringLiteral(" [") + sql.simplified().left(120) + QLatin1Char(']');
    throw StorageError(text, error.databaseText().trimmed(), code);
}
} // namespace

SqlStatement::SqlStatement(const QSqlDatabase& db, const QString& sql)
    : m_sql(sql) {
    if (std::optional<QSqlQuery> kept = statementcache::takeKept(db, sql)) {
        m_query = std::move(*kept);
    } else {
        m_query = QSqlQuery(db);
        m_query.setForwardOnly(true);
        if (!m_query.prepare(sql))
            fail(QStringLiteral("Could not prepare a database statement"), m_query.lastError(), sql,
                 db.connectionName());
    }
    m_connectionName = db.connectionName();
}

SqlStatement::~SqlStatement() {
    if (!m_connectionName.isEmpty())
        statementcache::giveBack(m_connectionName, m_sql, std::move(m_query));
}

SqlStatement::SqlStatement(SqlStatement&& other) noexcept
    : m_query(std::move(other.m_query))
    , m_sql(std::move(other.m_sql))
    , m_connectionName(std::exchange(other.m_connectionName, QString())) {}

SqlStatement& SqlStatement::bind(const QString& placeholder, const QVariant& value) {
    m_query.bindValue(placeholder, value);
    return *this;
}

void SqlStatement::exec() {
    if (!m_query.exec())
        fail(QStringLiteral("A database statement failed"), m_query.lastError(), m_sql,
             m_connectionName);
}

void SqlStatement::run(const QSqlDatabase& db, const QString& sql) {
    SqlStatement(db, sql).exec();
}

QVariant SqlStatement::scalar(const QSqlDatabase& db, const QString& sql) {
    SqlStatement query(db, sql);
    query.exec();
    return query.next() ? query.value(0) : QVariant();
}

QVariant nullableInt(const std::optional<int>& value) {
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

QVariant nullableMinutes(const std::optional<Minutes>& value) {
    return value ? QVariant(value->count) : QVariant(QMetaType::fromType<int>());
}

QVariant nullableDouble(const std::optional<double>& value) {
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

QString nonNullText(const QString& text) {
    return text.isNull() ? QStringLiteral("") : text;
}

std::optional<int> optionalInt(const QVariant& value) {
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

std::optional<Minutes> optionalMinutes(const QVariant& value) {
    if (value.isNull())
        return std::nullopt;
    return Minutes{value.toInt()};
}

std::optional<double> optionalDouble(const QVariant& value) {
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

} // namespace painpace
