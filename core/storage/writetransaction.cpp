#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtGlobal>

#include "sqlstatement.h"
#include "storageerror.h"

namespace painpace {

WriteTransaction::WriteTransaction(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db) {
    SqlStatement::run(m_db, dialect.beginWrite());
    m_open = true;
}

WriteTransaction::~WriteTransaction() {
    if (!m_open)
        return;
    QSqlQuery rollback(m_db);
    // A destructor cannot throw; a failed rollback still leaves SQLite's own journal to undo the
    // write when the connection closes, so report it loudly and go on.
    if (!rollback.exec(QStringLiteral("ROLLBACK")))
        qCritical("PainPace: rollback failed: %s", qPrintable(rollback.lastError().text()));
}

void WriteTransaction::commit() {
    SqlStatement::run(m_db, QStringLiteral("COMMIT"));
    m_open = false;
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
