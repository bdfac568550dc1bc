#include "sqlstatement.h"

#include <QSqlError>

#include "storageerror.h"

namespace painpace {

namespace {
[[noreturn]] void fail(const QString& what, const QSqlError& error, const QString& sql) {
    QString text = what + QStringLiteral(": ") + error.text().trimmed();
    if (!sql.isEmpty())
        text += QStringLiteral(" [") + sql.simplified().left(120) + QLatin1Char(']');
    throw StorageError(text);
}
} // namespace

SqlStatement::SqlStatement(const QSqlDatabase& db, const QString& sql)
    : m_query(db)
    , m_sql(sql) {
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        fail(QStringLiteral("Could not prepare a database statement"), m_query.lastError(), sql);
}

SqlStatement& SqlStatement::bind(const QString& placeholder, const QVariant& value) {
    m_query.bindValue(placeholder, value);
    return *this;
}

void SqlStatement::exec() {
    if (!m_query.exec())
        fail(QStringLiteral("A database statement failed"), m_query.lastError(), m_sql);
}

void SqlStatement::run(const QSqlDatabase& db, const QString& sql) {
    QSqlQuery query(db);
    if (!query.exec(sql))
        fail(QStringLiteral("A database statement failed"), query.lastError(), sql);
}

QVariant SqlStatement::scalar(const QSqlDatabase& db, const QString& sql) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        fail(QStringLiteral("A database query failed"), query.lastError(), sql);
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
