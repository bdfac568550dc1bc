#include "readsnapshot.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include "sqlstatement.h"
#include "writetransaction.h"

namespace painpace {

namespace {

// Snapshots open per connection; a connection is used by one thread only (Qt Sql's rule).
int& openSnapshots(const QString& connectionName) {
    thread_local QHash<QString, int> open;
    return open[connectionName];
}

} // namespace

ReadSnapshot::ReadSnapshot(const QSqlDatabase& db)
    : m_db(db) {
    // An open write transaction, or an outer snapshot, already gives one state of the diary.
    if (writeTransactionOpen(m_db) || openSnapshots(m_db.connectionName()) > 0)
        return;
    SqlStatement::run(m_db, QStringLiteral("BEGIN"));
    m_began = true;
    ++openSnapshots(m_db.connectionName());
}

ReadSnapshot::~ReadSnapshot() {
    if (!m_began)
        return;
    --openSnapshots(m_db.connectionName());
    QSqlQuery end(m_db);
    // Nothing was written, so ending the transaction cannot lose anything.
    if (!end.exec(QStringLiteral("COMMIT")))
        qWarning("PainPace: ending a read failed: %s", qPrintable(end.lastError().text()));
}

} // namespace painpace
