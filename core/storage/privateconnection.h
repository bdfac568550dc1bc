#pragma once

#include <QSqlDatabase>
#include <QString>

namespace painpace {

// A QSQLITE connection of its own under a fresh name, for a short look at a file or an
// in-memory database: its kept statements are dropped and it is closed and removed however the
// look ends, a thrown error included. Configure and open it through db().
class PrivateConnection {
public:
    explicit PrivateConnection(const QString& purpose);
    ~PrivateConnection();
    PrivateConnection(const PrivateConnection&) = delete;
    PrivateConnection& operator=(const PrivateConnection&) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

} // namespace painpace
