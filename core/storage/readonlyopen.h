#pragma once

#include <QSqlDatabase>
#include <QString>

namespace painpace {

// Points a QSQLITE connection at `path` for reading only, in a way that leaves no trace: with no
// write-ahead log beside the file, everything is in the file itself, so it is read as immutable
// and SQLite creates no -wal or -shm files. A leftover log (after a crash) holds committed
// entries, so then the file is read through it normally.
void targetReadOnly(QSqlDatabase& db, const QString& path);

} // namespace painpace
