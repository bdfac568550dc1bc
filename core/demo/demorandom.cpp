#include "demorandom.h"

#include <cmath>
#include <numbers>

namespace painpace {

quint64 DemoRandom::next() {
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

double DemoRandom::uniform() {
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

double DemoRandom::uniform(double low, double high) {
    return low + (high - low) * uniform();
}

int DemoRandom::between(int low, int high) {
    return low + static_cast<int>(uniform() * (high - low + 1));
}

bool DemoRandom::chance(double probability) {
    return uniform() < probability;
}

double DemoRandom::normal(double mean, double sd) {
    const double u1 = 1.0 - uniform(); // (0, 1]: log stays finite
    const double u2 = uniform();
    return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

} // namespace painpace
