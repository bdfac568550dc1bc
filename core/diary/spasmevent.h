#pragma once

#include <QString>

#include <array>

#include "enumcodes.h"
#include "units.h"

namespace painpace {

// Spasms are sustained involuntary contractions; twitches (fasciculations) are brief and are
// recorded as their own kind so they never inflate spasm counts.
enum class SpasmKind { Spasm, Twitch };

inline constexpr std::array<EnumCode<SpasmKind>, 2> kSpasmKindCodes{{
    {SpasmKind::Spasm, "spasm", "Spasm"},
    {SpasmKind::Twitch, "twitch", "Twitch"},
}};

enum class SpasmContext { Rest, Activity, Sleep };

inline constexpr std::array<EnumCode<SpasmContext>, 3> kSpasmContextCodes{{
    {SpasmContext::Rest, "rest", "At rest"},
    {SpasmContext::Activity, "activity", "During activity"},
    {SpasmContext::Sleep, "sleep", "At night or in sleep"},
}};

struct SpasmEvent {
    SpasmKind kind = SpasmKind::Spasm;
    QString regionCode;
    int count = 1;
    Seconds duration;
    int intensity = 0;
    SpasmContext context = SpasmContext::Rest;

    bool operator==(const SpasmEvent&) const = default;
};

} // namespace painpace
