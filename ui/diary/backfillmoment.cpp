#include "backfillmoment.h"

#include <QDateTime>

#include "diary/backfill.h"
#include "reminders/reminderscheduler.h"
#include "storage/checkinrepository.h"

namespace painpace {

namespace {
// Enough check-ins for a habit to show, few enough that an old habit gives way in weeks.
constexpr int kRecentCheckIns = 60;
constexpr int kDaysLookedBack = 14;
} // namespace

DiaryMoment backfillMoment(const Database& database, const QDate& day) {
    const std::optional<QTime> reminder = ReminderScheduler::savedEnabled()
                                              ? std::optional<QTime>(ReminderScheduler::savedTime())
                                              : std::nullopt;
    const QTime usual =
        usualCheckInTime(reminder, CheckInRepository(database).recentLocalTimes(kRecentCheckIns));
    const QDateTime now = QDateTime::currentDateTime();
    if (QDateTime(day, usual) > now)
        return momentAtLocal(now.date(), QTime(now.time().hour(), now.time().minute()));
    return momentAtLocal(day, usual);
}

QDate backfillDay(const Database& database) {
    const QDate today = QDate::currentDate();
    return suggestedBackfillDay(today,
                                CheckInRepository(database).daysWithEntries(
                                    today.addDays(-kDaysLookedBack), today.addDays(-1)),
                                kDaysLookedBack);
}

} // namespace painpace
