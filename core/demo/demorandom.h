#pragma once

#include <QtGlobal>

namespace painpace {

// A small seeded generator (SplitMix64) with its own distributions, so the demo diary is the same
// on every machine and standard library for a given seed.
class DemoRandom {
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed) {}

    quint64 next();
    double uniform(); // [0, 1)
    double uniform(double low, double high);
    int between(int low, int high); // inclusive
    bool chance(double probability);
    double normal(double mean, double sd); // Box-Muller

private:
    quint64 m_state;
};

} // namespace painpace
