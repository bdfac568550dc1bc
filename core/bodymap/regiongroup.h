#pragma once

#include <QString>

#include <array>

namespace painpace {

// Coarse parts of the body for charts that cannot show 50 fine regions side by side (spasms
// stacked by where they happened). Derived from each region's WPI area, so the two roll-ups can
// never disagree.
enum class RegionGroup {
    NeckAndShoulders,
    UpperBack,
    LowerBack,
    HipsAndButtocks,
    Arms,
    Legs,
    Other
};

inline constexpr int kRegionGroupCount = 7;

const std::array<RegionGroup, kRegionGroupCount>& allRegionGroups();

// Unknown codes and regions without a WPI area (the head) fall in Other, with jaw, chest and
// abdomen.
RegionGroup regionGroupOf(const QString& regionCode);

QString regionGroupName(RegionGroup group);

} // namespace painpace
