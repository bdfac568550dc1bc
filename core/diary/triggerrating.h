#pragma once

#include <QString>

#include <array>

#include "enumcodes.h"

namespace painpace {

// Triggers are rated, not ticked. "None" is stored as the absence of a rating.
enum class TriggerLevel { None = 0, ALittle = 1, ALot = 2 };

inline constexpr std::array<EnumCode<TriggerLevel>, 3> kTriggerLevelCodes{{
    {TriggerLevel::None, "none", "None"},
    {TriggerLevel::ALittle, "a_little", "A little"},
    {TriggerLevel::ALot, "a_lot", "A lot"},
}};

struct TriggerRating {
    QString triggerCode;
    TriggerLevel level = TriggerLevel::ALittle;

    bool operator==(const TriggerRating&) const = default;
};

} // namespace painpace
