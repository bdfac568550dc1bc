#pragma once

#include <optional>

#include "chartmodel.h"
#include "stats/periodpain.h"

namespace painpace {

// What the pain chart draws beyond about three months (docs/design.md, "Charts over long
// ranges"): a value per week or month, a trend, and the same periods a year before.
struct PainPeriods {
    stats::PeriodLength length = stats::PeriodLength::Week;
    QList<stats::PeriodPain> periods;
    QList<double> trend;                 // one per period
    QList<stats::PeriodPain> yearBefore; // the periods of the year before, as they were
};

PainPeriods painPeriods(const stats::PainTimeline& timeline, const stats::PainTimeline& yearBefore,
                        stats::PeriodLength length);

// The median of each period as a line over the band between its quartiles, the trend, the
// year before shifted onto this one (dashed), a small mark along the top for each period with
// a flare, and the overlay as period means on its own axis.
ChartModel
longRangePainChartModel(const PainPeriods& periods,
                        const std::optional<std::pair<QString, QList<stats::PeriodMean>>>& overlay);

} // namespace painpace
