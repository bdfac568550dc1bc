#include "regionpainstats.h"

#include <cmath>

#include "diary/painchange.h"

namespace painpace {

double regionHeat(const RegionPainStats& stats, int daysInPeriod) {
    if (daysInPeriod <= 0)
        return 0.0;
    const double share = std::min(1.0, static_cast<double>(stats.daysAffected) / daysInPeriod);
    return share * stats.meanIntensity;
}

RegionTrend regionTrend(const std::optional<RegionPainStats>& earlier,
                        const std::optional<RegionPainStats>& later) {
    if (!earlier)
        return RegionTrend::NoEarlierData;
    const double before = earlier->meanIntensity;
    const double after = later ? later->meanIntensity : 0.0;
    if (!isMeaningfulPainChange(before, after))
        return RegionTrend::AboutTheSame;
    return after < before ? RegionTrend::Better : RegionTrend::Worse;
}

} // namespace painpace
