#include "writetransaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QtGlobal>

#include "sqlstatement.h"
#include "storageerror.h"

namespace painpace {

namespace {

// How many transactions are open on each connection of this thread. A connection is used by one
// thread only (Qt Sql's rule), so a thread-local count needs no lock.
int& openDepth(const QString& connectionName) {
    thread_local QHash<QString, int> depths;
    return depths[connectionName];
}

} // namespace

WriteTransaction::WriteTransaction(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db) {
    int& depth = openDepth(m_db.connectionName());
    if (depth == 0) {
        SqlStatement::run(m_db, dialect.beginWrite());
    } else {
        m_savepoint = QStringLiteral("write_%1").arg(depth);
        SqlStatement::run(m_db, QStringLiteral("SAVEPOINT %1").arg(m_savepoint));
    }
    ++depth;
    m_open = true;
}

WriteTransaction::~WriteTransaction() {
    if (!m_open)
        return;
    --openDepth(m_db.connectionName());
    QSqlQuery rollback(m_db);
    const QString sql =
        m_savepoint.isEmpty()
            ? QStringLiteral("ROLLBACK")
            : QStringLiteral("ROLLBACK TO SAVEPOINT %1; RELEASE SAVEPOINT %1").arg(m_savepoint);
    // A destructor cannot throw; a failed rollback still leaves SQLite's own journal to undo the
    // write when the connection closes, so report it loudly and go on.
    for (const QString& statement : sql.split(QStringLiteral("; "))) {
        if (!rollback.exec(statement))
            qCritical("PainPace: rollback failed: %s", qPrintable(rollback.lastError().text()));
    }
}

void WriteTransaction::commit() {
    SqlStatement::run(m_db, m_savepoint.isEmpty()
                                ? QStringLiteral("COMMIT")
                                : QStringLiteral("RELEASE SAVEPOINT %1").arg(m_savepoint));
    --openDepth(m_db.connectionName());
    m_open = false;
}

qint64 rowIdOfUuid(const QSqlDatabase& db, const char* table, const QUuid& uuid) {
    if (uuid.isNull())
        return 0;
    SqlStatement query(
        db, QStringLiteral("SELECT id FROM %1 WHERE uuid = :uuid").arg(QLatin1String(table)));
    query.bind(QStringLiteral(":uuid"), uuid.toString(QUuid::WithoutBraces)).exec();
    return query.next() ? query.value(0).toLongLong() : 0;
}

void deleteOneRow(const QSqlDatabase& db, const SqlDialect& dialect, const char* table, qint64 id,
                  const QString& goneMessage) {
    WriteTransaction transaction(db, dialect);
    SqlStatement statement(
        db, QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(QLatin1String(table)));
    statement.bind(QStringLiteral(":id"), id).exec();
    if (statement.query().numRowsAffected() != 1)
        throw StorageError(goneMessage);
    transaction.commit();
}

} // namespace painpace
