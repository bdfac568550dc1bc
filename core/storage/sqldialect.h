#pragma once

#include <QSqlDatabase>
#include <QString>

namespace painpace {

// The one place where SQLite and PostgreSQL differ. Everything else in storage writes portable
// SQL (bound values, INSERT ... RETURNING, standard types through the placeholders below).
class SqlDialect {
public:
    enum class Kind { Sqlite, Postgres };

    static SqlDialect forDriver(const QString& driverName);
    Kind kind() const { return m_kind; }

    // Replaces ${ID} (auto-numbered primary key), ${REAL} and ${BIGINT} in DDL.
    QString expand(QString ddl) const;

    // SQLite's plain BEGIN is deferred and can fail half-way under contention; IMMEDIATE takes
    // the write lock up front.
    QString beginWrite() const;

    // Per-connection settings: foreign keys on; for SQLite WAL, full sync and a busy timeout.
    void configureConnection(const QSqlDatabase& db) const;

    int schemaVersion(const QSqlDatabase& db) const;
    void setSchemaVersion(const QSqlDatabase& db, int version) const;

    // Marks the file or schema as a PainPace diary, and reads the mark back.
    void markAsPainPace(const QSqlDatabase& db) const;
    bool isMarkedAsPainPace(const QSqlDatabase& db) const;

    // After a commit: keeps SQLite's write-ahead log from growing without end while other
    // connections keep reading (docs/architecture.md, "Soak test"). A log past kLogBound is
    // checkpointed and emptied once the readers of older snapshots are done, waiting at most
    // kLogWaitMs for them. Never throws: the commit is already done, and a busy reader only
    // means another try after the next commit.
    void keepLogBounded(const QSqlDatabase& db) const;

    static constexpr int kBusyTimeoutMs = 5000;
    static constexpr qint64 kLogBound = 8 * 1024 * 1024;
    static constexpr int kLogWaitMs = 250;
    static constexpr int kSqliteApplicationId = 0x50414345; // "PACE"

private:
    explicit SqlDialect(Kind kind)
        : m_kind(kind) {}
    Kind m_kind;
};

} // namespace painpace
