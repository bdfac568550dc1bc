#pragma once

#include <compare>

namespace painpace {

// Durations carry their unit in the type so minutes and seconds can never be mixed up silently.
struct Minutes {
    int count = 0;
    auto operator<=>(const Minutes&) const = default;
};

struct Seconds {
    int count = 0;
    auto operator<=>(const Seconds&) const = default;
};

} // namespace painpace
