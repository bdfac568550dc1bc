#pragma once

#include <random>

#include "diary/checkin.h"

namespace painpace::testing {

// Seeded random check-ins for property tests: every field drawn at random, and now and then at
// the edge of its range (0 and the maximum, seconds in the moment, the largest time zone
// offsets, doses with more decimals than a form shows, notes with spaces around them, the
// longest units). Every one passes the core's validation. Triggers and therapies come from the
// built-in catalogue.
class RandomEntries {
public:
    explicit RandomEntries(std::uint32_t seed)
        : m_random(seed) {}

    CheckIn next();
    // Up to four marks inside their regions, each field at random.
    QList<PainMark> marks();

    int pick(int low, int high);
    bool chance(int percent) { return pick(1, 100) <= percent; }
    // Mostly inside the range, one time in five at one of its two ends.
    int edge(int low, int high);

private:
    DiaryMoment moment();
    std::optional<int> score(int max);
    std::optional<Minutes> minutes();
    QString note();
    QList<SpasmEvent> spasms();
    QList<TriggerRating> triggers();
    QList<TherapyUse> therapies(const DiaryMoment& moment);
    std::optional<double> dose();
    QList<RedFlag> redFlags();

    std::mt19937 m_random;
};

} // namespace painpace::testing
