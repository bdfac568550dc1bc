#include "writetransaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QtGlobal>

#include <functional>
#include <vector>

#include "sqlstatement.h"
#include "storageerror.h"

namespace painpace {

namespace {

// The open transactions of one connection, and the announcements waiting for the outermost
// commit. A connection is used by one thread only (Qt Sql's rule), so thread-local state needs
// no lock.
struct OpenWrites {
    int depth = 0;
    std::vector<std::function<void()>> announcements;
    std::vector<std::size_t> savepointMarks; // announcements made before each open savepoint
};

OpenWrites& openWrites(const QString& connectionName) {
    thread_local QHash<QString, OpenWrites> writes;
    return writes[connectionName];
}

int& openDepth(const QString& connectionName) {
    return openWrites(connectionName).depth;
}

} // namespace

bool writeTransactionOpen(const QSqlDatabase& db) {
    return openDepth(db.connectionName()) > 0;
}

WriteTransaction::WriteTransaction(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect) {
    int& depth = openDepth(m_db.connectionName());
    if (depth == 0) {
        SqlStatement::run(m_db, dialect.beginWrite());
    } else {
        m_savepoint = QStringLiteral("write_%1").arg(depth);
        SqlStatement::run(m_db, QStringLiteral("SAVEPOINT %1").arg(m_savepoint));
        OpenWrites& writes = openWrites(m_db.connectionName());
        writes.savepointMarks.push_back(writes.announcements.size());
    }
    ++depth;
    m_open = true;
}

WriteTransaction::~WriteTransaction() {
    if (!m_open)
        return;
    OpenWrites& writes = openWrites(m_db.connectionName());
    --writes.depth;
    // What was rolled back is never announced.
    if (m_savepoint.isEmpty()) {
        writes.announcements.clear();
    } else {
        writes.announcements.resize(writes.savepointMarks.back());
        writes.savepointMarks.pop_back();
    }
    QSqlQuery rollback(m_db);
    const QString sql =
        m_savepoint.isEmpty()
            ? QStringLiteral("ROLLBACK")
            : QStringLiteral("ROLLBACK TO SAVEPOINT %1; RELEASE SAVEPOINT %1").arg(m_savepoint);
    // A destructor cannot throw; a failed rollback still leaves SQLite's own journal to undo the
    // write when the connection closes, so report it loudly and go on.
    for (const QString& statement : sql.split(QStringLiteral("; "))) {
        // After an I/O error or a full disk SQLite has already rolled the whole transaction
        // back itself; only a rollback that leaves a write in place is worth a word.
        const bool undone =
            rollback.exec(statement) ||
            rollback.lastError().databaseText().contains(
                QLatin1String("no transaction is active")) ||
            rollback.lastError().databaseText().contains(QLatin1String("no such savepoint"));
        if (!undone)
            qCritical("PainPace: rollback failed: %s", qPrintable(rollback.lastError().text()));
    }
}

void WriteTransaction::commit() {
    SqlStatement::run(m_db, m_savepoint.isEmpty()
                                ? QStringLiteral("COMMIT")
                                : QStringLiteral("RELEASE SAVEPOINT %1").arg(m_savepoint));
    OpenWrites& writes = openWrites(m_db.connectionName());
    --writes.depth;
    m_open = false;
    if (!m_savepoint.isEmpty()) {
        writes.savepointMarks.pop_back(); // its announcements now belong to the enclosing one
        return;
    }
    m_dialect.keepLogBounded(m_db);
    // Committed for good: now the views may hear of it, each change once, in order.
    const std::vector<std::function<void()>> announcements = std::move(writes.announcements);
    writes.announcements.clear();
    for (const std::function<void()>& announce : announcements)
        announce();
}

void announceAfterCommit(const QSqlDatabase& db, std::function<void()> announcement) {
    OpenWrites& writes = openWrites(db.connectionName());
    if (writes.depth == 0) {
        announcement();
        return;
    }
    writes.announcements.push_back(std::move(announcement));
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
