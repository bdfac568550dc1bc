#pragma once

#include <QDate>

#include <optional>

#include "redflag.h"

namespace painpace {

// One diary day, aggregated over its check-ins (computed in SQL for charts and calendars).
struct DailySummary {
    QDate day;
    int checkIns = 0;
    double meanPain = 0.0;
    int minPain = 0;
    int maxPain = 0;
    bool flare = false;
    std::optional<double> meanStiffnessMinutes;
    std::optional<double> meanFatigue;
    std::optional<double> meanStress;
    std::optional<double> meanMood;
    std::optional<double> meanSleepMinutes;
    std::optional<double> meanSleepQuality;
    std::optional<double> meanFibroFog;
    int spasmCount = 0; // spasms only; twitches are not counted here
    bool hasNote = false;
    bool hasRedFlags = false;
    CareUrgency care = CareUrgency::None; // the most urgent advice of the day's warning signs

    bool operator==(const DailySummary&) const = default;
};

} // namespace painpace
