#pragma once

namespace painpace {

// A change in NRS pain that matters (domain.md): at least 1 point and at least 30% of where it
// started.
inline constexpr double kMeaningfulPainPoints = 1.0;
inline constexpr double kMeaningfulPainShare = 0.3;

inline bool isMeaningfulPainChange(double before, double after) {
    const double change = after > before ? after - before : before - after;
    return change >= kMeaningfulPainPoints && change >= kMeaningfulPainShare * before;
}

inline bool isMeaningfulPainRise(double before, double after) {
    return after > before && isMeaningfulPainChange(before, after);
}

} // namespace painpace
