#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

#include "diary/units.h"

namespace painpace {

// A prepared statement whose every failure becomes a StorageError carrying the driver's message,
// so no call site can forget to check prepare() or exec(). The statement is prepared once per
// connection and kept for the next use of the same SQL (statementcache.h).
class SqlStatement {
public:
    SqlStatement(const QSqlDatabase& db, const QString& sql);
    ~SqlStatement();
    SqlStatement(SqlStatement&& other) noexcept;
    SqlStatement(const SqlStatement&) = delete;
    SqlStatement& operator=(const SqlStatement&) = delete;
    SqlStatement& operator=(SqlStatement&&) = delete;

    SqlStatement& bind(const QString& placeholder, const QVariant& value);
    void exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QSqlQuery& query() { return m_query; }

    // Runs SQL that has no values to bind (DDL, pragmas, BEGIN/COMMIT).
    static void run(const QSqlDatabase& db, const QString& sql);
    // Runs a query and returns the first column of its first row.
    static QVariant scalar(const QSqlDatabase& db, const QString& sql);

private:
    QSqlQuery m_query;
    QString m_sql;
    QString m_connectionName; // empty once moved from: nothing to give back
};

// Typed NULLs, so drivers stricter than SQLite know the column type of a missing value.
QVariant nullableInt(const std::optional<int>& value);
QVariant nullableMinutes(const std::optional<Minutes>& value);
QVariant nullableDouble(const std::optional<double>& value);
// Text columns are NOT NULL: a null QString is stored as the empty string.
QString nonNullText(const QString& text);
std::optional<int> optionalInt(const QVariant& value);
std::optional<Minutes> optionalMinutes(const QVariant& value);
std::optional<double> optionalDouble(const QVariant& value);

} // namespace painpace
