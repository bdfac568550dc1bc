#pragma once

#include <QList>
#include <QString>

#include <array>

#include "diary/enumcodes.h"

namespace painpace {

// How a plan's starting amount was found (domain.md, "Activity pacing").
enum class BaselineMethod { Measured, GoodDayBadDay, BelowOnset };

inline constexpr std::array<EnumCode<BaselineMethod>, 3> kBaselineMethodCodes{{
    {BaselineMethod::Measured, "measured", "Measured on 3 days"},
    {BaselineMethod::GoodDayBadDay, "good_bad_day", "Good day and bad day"},
    {BaselineMethod::BelowOnset, "below_onset", "Just below where symptoms start"},
}};

// The inputs the method needs: 3 tolerances (measured), a good and a bad day's amount, or the
// amount just below onset. All positive.
struct BaselineInputs {
    BaselineMethod method = BaselineMethod::Measured;
    QList<double> values;

    bool operator==(const BaselineInputs&) const = default;
};

inline constexpr double kMeasuredBaselineShare = 0.8;
// No activity a pacing plan paces comes near this (100,000 steps a day is a marathon twice):
// larger amounts are typing mistakes, and would overflow the levels.
inline constexpr double kLargestBaselineAmount = 100000.0;

// Measured: 0.8 x the mean of the 3 days; good/bad day: their mean; below onset: the value.
// Throws ValidationError (field "baseline") for the wrong number of values or one not above 0.
double computeBaseline(const BaselineInputs& inputs);

// One sentence saying how the baseline was found, e.g. "0.8 × the mean of 10, 12 and 8 min".
QString baselineExplanation(const BaselineInputs& inputs, const QString& unitName);

} // namespace painpace
