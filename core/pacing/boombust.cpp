#include "boombust.h"

#include <QHash>

#include "diary/painchange.h"

namespace painpace {

QList<BoomBustDay> boomBustDays(const QList<DayActivity>& activity,
                                const QList<DailySummary>& summaries, double boomShare) {
    QHash<QDate, const DailySummary*> byDay;
    for (const DailySummary& summary : summaries)
        byDay.insert(summary.day, &summary);
    QList<BoomBustDay> found;
    for (const DayActivity& day : activity) {
        if (day.planned <= 0 || day.done <= boomShare * day.planned)
            continue;
        const DailySummary* boom = byDay.value(day.day);
        for (int after = 1; after <= kBustWithinDays; ++after) {
            const DailySummary* later = byDay.value(day.day.addDays(after));
            if (!later)
                continue;
            const bool rise = boom && isMeaningfulPainRise(boom->meanPain, later->meanPain);
            if (later->flare || rise) {
                found.append(
                    {day.planId, day.day, day.planned, day.done, later->day, later->flare});
                break;
            }
        }
    }
    std::sort(found.begin(), found.end(), [](const BoomBustDay& a, const BoomBustDay& b) {
        return a.day != b.day ? a.day < b.day : a.planId < b.planId;
    });
    return found;
}

} // namespace painpace
