#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace painpace {

// Prepared statements kept per connection, so the same SQL is parsed once per connection rather
// than on every save (docs/architecture.md, "Storage"). Parsing was the largest single cost of a
// save: a check-in runs a dozen statements, each parsed anew.
//
// A statement is taken out while in use and given back, reset, when done, so a statement that is
// still being stepped is never handed out twice; the same SQL nested inside its own loop simply
// prepares a second copy. A connection belongs to one thread (Qt Sql's rule), so the cache is per
// thread and needs no lock. The owner of a connection forgets it before removing the connection.
namespace statementcache {

// The statement kept for sql on this connection, taken out of the cache; none if there is none.
std::optional<QSqlQuery> takeKept(const QSqlDatabase& db, const QString& sql);
// Resets a prepared query and keeps it for the next take of the same sql on the same connection.
void giveBack(const QString& connectionName, const QString& sql, QSqlQuery&& query);
// Drops every statement kept for a connection that is about to close.
void forget(const QString& connectionName);
// How many statements are kept for a connection (for tests).
int keptCount(const QString& connectionName);

} // namespace statementcache
} // namespace painpace
