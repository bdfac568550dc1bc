#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

#include "backuprotation.h"

namespace painpace {

class Database;

// Backup copies of an open diary in a private folder beside it ("<name>-backups", 0700): written
// with VACUUM INTO, checked with integrity_check before they count, and rotated to the last 7
// daily and 4 weekly copies.
class DiaryBackups {
public:
    explicit DiaryBackups(const Database& database);

    QString folder() const;
    // Every backup in the folder, newest first.
    QList<BackupFile> list() const;

    // Writes and verifies a backup taken at `now`, then rotates. Throws StorageError when the
    // copy cannot be written or is not sound (nothing is left behind then).
    QString backUpNow(const QDateTime& now = QDateTime::currentDateTime(), bool rotate = true);
    // A backup when there is none from `now`'s day yet.
    std::optional<QString> backUpIfDue(const QDateTime& now = QDateTime::currentDateTime());

    // The same for a diary that is not open (one that could not be opened, say).
    static QString folderFor(const QString& diaryPath);
    static QList<BackupFile> listFor(const QString& diaryPath);

    // Before a backup replaces a diary that cannot be opened: copies the diary file and its
    // write-ahead log into the backups folder as "<name>-damaged-<stamp>.sqlite" (0600), where
    // rotation never removes it, so whatever it still holds can be rescued later. Returns the
    // copy's path; throws StorageError, leaving nothing half-written.
    static QString keepDamagedCopy(const QString& diaryPath,
                                   const QDateTime& now = QDateTime::currentDateTime());

    // The check-ins a backup holds (it is opened read-only), or -1 when it cannot be read.
    static int entryCount(const QString& backupPath);
    // Puts a checked backup in place of the diary file. No connection may be open on the diary:
    // the copy is written beside it (0600), its stale write-ahead log is removed, and it then
    // replaces the diary in one rename. Throws StorageError, leaving the diary as it was.
    static void restoreFile(const QString& backupPath, const QString& diaryPath);

private:
    void removeUnfinishedCopies() const;

    const Database& m_database;
};

} // namespace painpace
