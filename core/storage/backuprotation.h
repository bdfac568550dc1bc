#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace painpace {

// A backup copy of the diary and when it was taken (local time).
struct BackupFile {
    QString path;
    QDateTime taken;

    bool operator==(const BackupFile&) const = default;
};

inline constexpr int kDailyBackupsKept = 7;
inline constexpr int kWeeklyBackupsKept = 4;

// Which backups to delete: kept are the newest of each of the 7 most recent days that have one
// and the newest of each of the 4 most recent ISO weeks that have one; the rest go.
QList<QString> backupsToDiscard(const QList<BackupFile>& backups, int dailyKept = kDailyBackupsKept,
                                int weeklyKept = kWeeklyBackupsKept);

} // namespace painpace
