#pragma once

#include <QDate>
#include <QList>

#include <optional>

#include "therapytrial.h"

namespace painpace {

enum class TrialArm { Baseline, A, B };

// One period of a trial: its arm, its cycle (-1 for the baseline) and its days. Days of a pause
// belong to no period, so a period can span a pause.
struct TrialPeriod {
    TrialArm arm = TrialArm::A;
    int cycle = -1;
    QList<QDate> days;

    bool operator==(const TrialPeriod&) const = default;
};

// The order of A and B in each cycle, from the trial's seed: SplitMix64, one draw per cycle, the
// lowest bit 0 meaning A first. The same seed always gives the same orders.
QList<bool> aFirstInCycles(quint64 seed, int cycles);

// Every period in order, with its days from the start date, pauses skipped.
QList<TrialPeriod> trialSchedule(const TherapyTrial& trial);

// Where a day falls in the trial.
struct TrialDayInfo {
    int dayNumber = 0; // 1-based, pauses not counted
    int totalDays = 0;
    qsizetype period = 0;
    TrialArm arm = TrialArm::A;
};
std::optional<TrialDayInfo> trialDayOf(const QList<TrialPeriod>& schedule, const QDate& day);

QDate trialLastDay(const QList<TrialPeriod>& schedule);

} // namespace painpace
