#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtGlobal>

#include "sqlstatement.h"

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

} // namespace painpace
