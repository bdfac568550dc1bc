#include "privateconnection.h"

#include <QUuid>

#include "statementcache.h"

namespace painpace {

PrivateConnection::PrivateConnection(const QString& purpose)
    : m_name(QStringLiteral("painpace-%1-%2").arg(purpose, QUuid::createUuid().toString())) {
    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
}

PrivateConnection::~PrivateConnection() {
    statementcache::forget(m_name);
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace painpace
