#pragma once

#include <QDate>
#include <QList>

#include <optional>

#include "diary/dailysummary.h"
#include "stats/descriptive.h"
#include "therapytrial.h"

namespace painpace {

// Outside a trial: the outcome in the 14 days before a therapy was first used against the 14
// days from then on. Weaker evidence than a trial (anything else that changed then counts too),
// and always labelled so.
struct BeforeAfter {
    QDate firstUse;
    stats::MeanDifference difference; // "with" = after, "without" = before
    double improvement = 0.0;         // positive: the outcome got better after starting
};

inline constexpr int kBeforeAfterDays = 14;

// Nothing when the therapy was never used, or either side has fewer than 3 days with data.
std::optional<BeforeAfter> beforeAfter(const QList<DailySummary>& summaries,
                                       const QList<QDate>& therapyDays, TrialOutcome outcome);

} // namespace painpace
