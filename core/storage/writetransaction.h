#pragma once

#include <QSqlDatabase>
#include <QUuid>

#include <functional>

#include "sqldialect.h"

namespace painpace {

// One write, all or nothing: begins on construction (BEGIN IMMEDIATE on SQLite), rolls back in
// the destructor unless commit() succeeded. commit() throws StorageError when it fails.
//
// A WriteTransaction made while another is open on the same connection (in the same thread) is
// a savepoint inside it: an import wraps many repository writes in one outer transaction, and
// each write still undoes only itself when it fails, while nothing is kept unless the outer one
// commits.
class WriteTransaction {
public:
    WriteTransaction(const QSqlDatabase& db, const SqlDialect& dialect);
    ~WriteTransaction();

    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
    QString m_savepoint; // empty for the outermost transaction
    bool m_open = false;
};

// Whether a WriteTransaction is open on this connection in this thread.
bool writeTransactionOpen(const QSqlDatabase& db);

class SqlDialect;

// Deletes the one row of `table` with this id in its own transaction; throws StorageError with
// `goneMessage` when there is no such row (nothing changes then).
void deleteOneRow(const QSqlDatabase& db, const SqlDialect& dialect, const char* table, qint64 id,
                  const QString& goneMessage);

// Runs `announcement` (a change notification) once the change is committed for good: at once when
// no transaction is open on `db`, otherwise after the outermost commit, and never when the part of
// the transaction it belongs to is rolled back. Views thus never hear of a change that a larger
// write (an import, a put inside an undo) later takes back.
void announceAfterCommit(const QSqlDatabase& db, std::function<void()> announcement);

// The row id of the record of `table` with this uuid, or 0 when there is none. Records are
// addressed by uuid wherever they may leave and come back (undo, redo, import): a record that is
// stored again gets a new row id, but keeps its uuid.
qint64 rowIdOfUuid(const QSqlDatabase& db, const char* table, const QUuid& uuid);

} // namespace painpace
