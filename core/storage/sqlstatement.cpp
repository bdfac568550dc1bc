#include "sqlstatement.h"

#include <QSqlError>

#include <utility>

#include "statementcache.h"
#include "storageerror.h"

namespace painpace {

namespace {
[[noreturn]] void fail(const QString& what, const QSqlError& error, const QString& sql) {
    QString text = what + QStringLiteral(": ") + error.text().trimmed();
    if (!sql.isEmpty())
        text += QStringLiteral(" [") + sql.simplified().left(120) + QLatin1Char(']');
    throw StorageError(text, error.databaseText().trimmed(), error.nativeErrorCode().toInt());
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
            fail(QStringLiteral("Could not prepare a database statement"), m_query.lastError(),
                 sql);
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
        fail(QStringLiteral("A database statement failed"), m_query.lastError(), m_sql);
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
