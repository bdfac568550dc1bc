#include "beforeafter.h"

#include <algorithm>

#include "trialanalysis.h"

namespace painpace {

std::optional<BeforeAfter> beforeAfter(const QList<DailySummary>& summaries,
                                       const QList<QDate>& therapyDays, TrialOutcome outcome) {
    if (therapyDays.isEmpty())
        return std::nullopt;
    const QDate first = *std::min_element(therapyDays.cbegin(), therapyDays.cend());
    QList<double> before;
    QList<double> after;
    for (const DailySummary& day : summaries) {
        const auto value = outcomeOf(day, outcome);
        if (!value)
            continue;
        const qint64 offset = first.daysTo(day.day);
        if (offset >= -kBeforeAfterDays && offset < 0)
            before.append(*value);
        else if (offset >= 0 && offset < kBeforeAfterDays)
            after.append(*value);
    }
    const auto difference = stats::welchDifference(after, before);
    if (!difference)
        return std::nullopt;
    const double direction = higherIsBetter(outcome) ? 1.0 : -1.0;
    return BeforeAfter{first, *difference, direction * difference->difference};
}

} // namespace painpace
