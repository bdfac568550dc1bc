#pragma once

#include <QString>

#include "exchange/diarydocument.h"

namespace painpace {

class Database;

// What a restore changed, counted in records the person knows (a check-in with its marks is one).
struct RestoreChanges {
    int removed = 0;  // in the diary, not in the backup
    int added = 0;    // in the backup, not in the diary
    int replaced = 0; // in both, but not the same

    bool operator==(const RestoreChanges&) const = default;
    bool isEmpty() const { return removed == 0 && added == 0 && replaced == 0; }
};

// Restoring a backup as an edit that can be undone (docs/architecture.md, "Restoring a backup"):
// the diary file stays where it is and open; its records are made the same as the backup's, and
// undo makes them the same as they were before, both by uuid. Only the records that differ are
// written, so restoring yesterday's backup into ten years of entries touches a day's worth.
class DiaryRestorer {
public:
    explicit DiaryRestorer(const Database& database);

    // Everything a backup file holds, read from a private copy in the diary's backups folder
    // (a backup from an older PainPace is brought up to date there, the backup itself is never
    // changed). Throws StorageError when the backup cannot be read or fails the whole-diary check.
    DiaryDocument readBackup(const QString& backupPath) const;

    // Makes the diary hold exactly the records of `target` (own triggers and therapies, check-ins,
    // questionnaires, pacing plans with their sessions, trials), in one transaction: records the
    // diary has and `target` lacks are taken out, those that differ are replaced, missing ones are
    // added, all keeping their uuids. Drafts and the diary's settings stay as they are. Throws
    // ValidationError or StorageError with nothing changed; announces that everything changed.
    // `before`, when given, receives what the diary held, read in the same transaction: what an
    // undo restores.
    RestoreChanges replaceWith(const DiaryDocument& target, DiaryDocument* before = nullptr);

private:
    const Database& m_database;
};

} // namespace painpace
