#pragma once

#include <QSqlDatabase>
#include <QString>

namespace painpace {

// How a file that is only read may change while it is read (docs/architecture.md, "Storage").
enum class ReadingMode {
    // Another PainPace may open it and write at any moment (check, export, report): an ordinary
    // read-only connection that takes SQLite's shared locks, reads through the write-ahead log
    // and waits for a busy writer, so it always sees a consistent diary.
    Live,
    // The caller holds the diary's lock, so no PainPace can write to it meanwhile. With no
    // write-ahead log beside it, the file is read as immutable and nothing is created beside it:
    // a file refused on opening stays exactly as it was. A leftover log (after a crash) holds
    // committed entries, so then the file is read through it as in Live.
    Unchanging,
};

// Points a QSQLITE connection at `path` for reading only, as `mode` says.
void targetReadOnly(QSqlDatabase& db, const QString& path, ReadingMode mode);

} // namespace painpace
