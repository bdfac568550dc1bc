#include "backfill.h"

#include <QCoreApplication>

#include <array>

namespace painpace {

namespace {
constexpr int kGraceSeconds = 60;
const QTime kNoon(12, 0);
} // namespace

QTime usualCheckInTime(const std::optional<QTime>& reminder, const QList<QTime>& recentTimes) {
    if (reminder && reminder->isValid())
        return *reminder;
    std::array<int, 24> perHour{};
    for (const QTime& time : recentTimes) {
        if (time.isValid())
            ++perHour[static_cast<size_t>(time.hour())];
    }
    int best = -1;
    for (int hour = 0; hour < 24; ++hour) {
        if (perHour[static_cast<size_t>(hour)] > 0 &&
            (best < 0 || perHour[static_cast<size_t>(hour)] > perHour[static_cast<size_t>(best)]))
            best = hour;
    }
    return best < 0 ? kNoon : QTime(best, 0);
}

QDate suggestedBackfillDay(const QDate& today, const QList<QDate>& daysWithEntries, int lookBack) {
    for (int back = 1; back <= lookBack; ++back) {
        const QDate day = today.addDays(-back);
        if (!daysWithEntries.contains(day))
            return day;
    }
    return today.addDays(-1);
}

DiaryMoment momentAtLocal(const QDate& day, const QTime& time) {
    return DiaryMoment::fromLocal(QDateTime(day, time));
}

DiaryMoment movedMoment(const DiaryMoment& original, const QDate& day, const QTime& time) {
    const bool madeHere =
        original.utc.toLocalTime().offsetFromUtc() == original.utcOffsetMinutes * 60;
    if (madeHere)
        return momentAtLocal(day, time);
    DiaryMoment moved;
    moved.utcOffsetMinutes = original.utcOffsetMinutes;
    moved.utc = QDateTime(day, time, Qt::OffsetFromUTC, original.utcOffsetMinutes * 60).toUTC();
    moved.localDay = day;
    return moved;
}

QString futureMomentProblem(const DiaryMoment& moment, const QDateTime& nowUtc) {
    if (!moment.isValid() || moment.utc <= nowUtc.addSecs(kGraceSeconds))
        return {};
    return QCoreApplication::translate("Backfill",
                                       "That time has not come yet: a diary entry can be for now "
                                       "or for any time before.");
}

} // namespace painpace
