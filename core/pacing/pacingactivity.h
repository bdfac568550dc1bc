#pragma once

#include <QList>
#include <QString>

#include <array>

#include "diary/enumcodes.h"

namespace painpace {

// What a pacing plan measures: time, or a count of something.
enum class AmountUnit { Minutes, Repetitions, Steps, Laps };

inline constexpr std::array<EnumCode<AmountUnit>, 4> kAmountUnitCodes{{
    {AmountUnit::Minutes, "min", "minutes"},
    {AmountUnit::Repetitions, "reps", "repetitions"},
    {AmountUnit::Steps, "steps", "steps"},
    {AmountUnit::Laps, "laps", "laps"},
}};

// The smallest change a plan makes in a unit, and the grid amounts are rounded to: whole minutes,
// repetitions and laps; steps in fifties (nobody counts single steps on a walk).
int unitStep(AmountUnit unit);
// `amount` rounded to the nearest multiple of the unit's step, never below one step.
int roundToUnit(double amount, AmountUnit unit);
// "minutes", "repetitions", "steps", "laps", translated.
QString unitName(AmountUnit unit);
// "12 min", "30 repetitions", "1,500 steps", "4 laps".
QString amountText(int amount, AmountUnit unit);

// A built-in activity to pace, with the unit it is usually measured in.
struct PacingActivity {
    QString code;
    QString name;
    AmountUnit unit = AmountUnit::Minutes;
};

const QList<PacingActivity>& builtInPacingActivities();

} // namespace painpace
