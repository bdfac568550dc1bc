#include "statementcache.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlResult>
#include <QVariant>

namespace painpace::statementcache {

namespace {

// Generated SQL (lists of placeholders, for instance) can vary without bound; past this many
// kept statements a connection starts over rather than growing.
constexpr int kMostKeptPerConnection = 256;

using KeptStatements = QMultiHash<QString, QSqlQuery>;

// Whether a kept statement is still prepared on the connection now open under its name. A name
// can be removed and added again, and a connection closed and opened again: its statements are
// then finalized (SQLite's handle becomes null) or belong to a driver that is gone.
bool stillPrepared(const QSqlQuery& query, const QSqlDatabase& db) {
    const QSqlDriver* driver = query.driver();
    if (!driver || driver != db.driver() || !driver->isOpen())
        return false;
    if (driver->dbmsType() != QSqlDriver::SQLite)
        return true;
    const QVariant handle = query.result()->handle();
    return handle.isValid() && *static_cast<void* const*>(handle.constData()) != nullptr;
}

using Connections = QHash<QString, KeptStatements>;

// A plain pointer, so the cache has no destructor that could run before a static Database's:
// the map exists while some connection of this thread keeps statements, and forget() deletes it
// with the last one.
thread_local Connections* connections = nullptr;

} // namespace

std::optional<QSqlQuery> takeKept(const QSqlDatabase& db, const QString& sql) {
    if (!connections)
        return std::nullopt;
    const auto kept = connections->find(db.connectionName());
    if (kept == connections->end())
        return std::nullopt;
    const auto found = kept->find(sql);
    if (found == kept->end())
        return std::nullopt;
    if (!stillPrepared(found.value(), db)) {
        kept->clear(); // prepared on a connection of the same name that is gone
        return std::nullopt;
    }
    std::optional<QSqlQuery> query(std::move(found.value()));
    kept->erase(found);
    return query;
}

void giveBack(const QString& connectionName, const QString& sql, QSqlQuery&& query) {
    query.finish();
    if (!connections)
        connections = new Connections;
    KeptStatements& kept = (*connections)[connectionName];
    if (kept.size() >= kMostKeptPerConnection)
        kept.clear();
    kept.insert(sql, std::move(query));
}

void forget(const QString& connectionName) {
    if (!connections)
        return;
    connections->remove(connectionName);
    if (connections->isEmpty()) {
        delete connections;
        connections = nullptr;
    }
}

int keptCount(const QString& connectionName) {
    if (!connections)
        return 0;
    return int(connections->value(connectionName).size());
}

} // namespace painpace::statementcache
