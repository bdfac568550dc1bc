#pragma once

#include <QString>

#include "readonlyopen.h"

namespace painpace {

// What a read-only look at an existing file found. Inspecting never changes the file: a refused
// file stays byte-for-byte as it was.
struct DiaryFileFacts {
    bool empty = false;    // a new, empty SQLite file (or zero bytes)
    int schemaVersion = 0; // 0 for an empty file
};

// When SQLite's structure check (PRAGMA quick_check, a read of the whole file) runs on opening.
enum class StructureCheck {
    // Before the diary is opened, every time.
    Always,
    // Before the diary is opened only when an upgrade of its schema is due (an upgrade rewrites
    // tables, so it must not start on a damaged file). Otherwise the caller runs quickCheck()
    // itself once the diary is open: the window does, on a thread of its own, while it is shown
    // (docs/architecture.md, "Start-up").
    BeforeUpgradesOnly,
};

class DiaryFileInspector {
public:
    // Throws OpenError (NotADiary, Corrupt, NewerThanApp) with a one-line reason. `mode` says
    // whether a PainPace may write to the file meanwhile (readonlyopen.h).
    static DiaryFileFacts inspect(const QString& path, int newestKnownVersion, ReadingMode mode,
                                  StructureCheck structureCheck = StructureCheck::Always);

    // SQLite's structure check alone, on a private read-only connection that may run on any
    // thread while the diary is open and written. Throws OpenError: Corrupt with the same
    // one-line reason an open gives, or another reason when the file could not be read.
    static void quickCheck(const QString& path);

    // Same checks, for the `check` command: the thorough integrity check and foreign keys. The
    // diary may be written meanwhile, by a window started during the check.
    static QString integrityReport(const QString& path);

    // A report of many problems (one per line, or joined with "; ") as one short line for a
    // message: the first problem, and how many more there are.
    static QString firstProblem(const QString& report);

private:
    static void requireSqliteHeader(const QString& path);
};

} // namespace painpace
