#pragma once

#include <array>

namespace painpace {

// The 19 areas of the ACR 2016 Widespread Pain Index, grouped by the five regions of the
// generalized-pain rule. Jaw, chest and abdomen count for the WPI but not for that rule.
enum class WpiArea {
    LeftJaw,
    LeftShoulderGirdle,
    LeftUpperArm,
    LeftLowerArm,
    RightJaw,
    RightShoulderGirdle,
    RightUpperArm,
    RightLowerArm,
    LeftHip,
    LeftUpperLeg,
    LeftLowerLeg,
    RightHip,
    RightUpperLeg,
    RightLowerLeg,
    Neck,
    UpperBack,
    LowerBack,
    Chest,
    Abdomen,
};

inline constexpr int kWpiAreaCount = 19;

enum class WpiRegion { LeftUpper, RightUpper, LeftLower, RightLower, Axial };

inline constexpr int kWpiRegionCount = 5;

WpiRegion wpiRegionOf(WpiArea area);

// Jaw, chest and abdomen are excluded from the "pain in 4 of 5 regions" rule.
bool countsForGeneralizedPain(WpiArea area);

const char* wpiAreaName(WpiArea area);

const std::array<WpiArea, kWpiAreaCount>& allWpiAreas();

} // namespace painpace
