#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

#include "diary/painmark.h"

namespace painpace {

// How one body region hurt over a period, from the pain marks stored in that period.
struct RegionPainStats {
    QString regionCode;
    int daysAffected = 0;
    int marks = 0;
    double meanIntensity = 0.0;
    int worstIntensity = 0;
    QList<QPair<PainQuality, int>> qualities; // most often chosen first

    bool operator==(const RegionPainStats&) const = default;
};

// The heat of a region: how often it hurt (share of the period's days) times how strongly
// (mean intensity), so 0 means never and 10 means every day at 10.
double regionHeat(const RegionPainStats& stats, int daysInPeriod);

// A change between two periods, for "better", "worse" or "about the same". Uses the NRS rule of
// domain.md on the mean intensity: at least 1 point and about 30% of the earlier value.
enum class RegionTrend { NoEarlierData, Better, Worse, AboutTheSame };
RegionTrend regionTrend(const std::optional<RegionPainStats>& earlier,
                        const std::optional<RegionPainStats>& later);

} // namespace painpace
