#include "backuprotation.h"

#include <QSet>

#include <algorithm>

namespace painpace {

namespace {

int weekKey(const QDate& day) {
    int year = 0;
    const int week = day.weekNumber(&year);
    return year * 100 + week;
}

} // namespace

QList<QString> backupsToDiscard(const QList<BackupFile>& backups, int dailyKept, int weeklyKept) {
    QList<BackupFile> newestFirst = backups;
    std::sort(newestFirst.begin(), newestFirst.end(),
              [](const BackupFile& a, const BackupFile& b) { return a.taken > b.taken; });
    QSet<QDate> days;
    QSet<int> weeks;
    QList<QString> discard;
    for (const BackupFile& backup : std::as_const(newestFirst)) {
        const QDate day = backup.taken.date();
        bool keep = false;
        if (!days.contains(day) && days.size() < dailyKept) {
            days.insert(day);
            keep = true;
        }
        if (!weeks.contains(weekKey(day)) && weeks.size() < weeklyKept) {
            weeks.insert(weekKey(day));
            keep = true;
        }
        if (!keep)
            discard.append(backup.path);
    }
    return discard;
}

} // namespace painpace
