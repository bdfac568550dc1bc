#include "regionpainstats.h"

#include <cmath>

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
    const double change = after - before;
    // Meaningful: at least 1 NRS point and at least 30% of where it started.
    const bool meaningful = std::abs(change) >= 1.0 && std::abs(change) >= 0.3 * before;
    if (!meaningful)
        return RegionTrend::AboutTheSame;
    return change < 0 ? RegionTrend::Better : RegionTrend::Worse;
}

} // namespace painpace
