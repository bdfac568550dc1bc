#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

#include <array>

#include "diary/enumcodes.h"

namespace painpace {

// What a trial compares therapy A with.
enum class TrialComparison { UsualRoutine, NoTherapy, OtherTherapy };

inline constexpr std::array<EnumCode<TrialComparison>, 3> kTrialComparisonCodes{{
    {TrialComparison::UsualRoutine, "usual", "your usual routine"},
    {TrialComparison::NoTherapy, "none", "no therapy"},
    {TrialComparison::OtherTherapy, "other", "another therapy"},
}};

// The daily outcome a trial judges by; all come from the diary.
enum class TrialOutcome { Pain, Spasms, StiffnessMinutes, SleepQuality, Fatigue };

inline constexpr std::array<EnumCode<TrialOutcome>, 5> kTrialOutcomeCodes{{
    {TrialOutcome::Pain, "pain", "pain (0-10)"},
    {TrialOutcome::Spasms, "spasms", "spasms a day"},
    {TrialOutcome::StiffnessMinutes, "stiffness", "morning stiffness (minutes)"},
    {TrialOutcome::SleepQuality, "sleep_quality", "sleep quality (0-10)"},
    {TrialOutcome::Fatigue, "fatigue", "fatigue (0-10)"},
}};

// Sleep quality is better when higher; the others when lower.
bool higherIsBetter(TrialOutcome outcome);

enum class TrialStatus { Running, Paused, Abandoned, Finished };

inline constexpr std::array<EnumCode<TrialStatus>, 4> kTrialStatusCodes{{
    {TrialStatus::Running, "running", "running"},
    {TrialStatus::Paused, "paused", "paused"},
    {TrialStatus::Abandoned, "abandoned", "abandoned"},
    {TrialStatus::Finished, "finished", "finished"},
}};

// Days taken out of a trial: the schedule carries on after them, so nothing is lost.
struct TrialPause {
    QDate from;
    int days = 0;

    bool operator==(const TrialPause&) const = default;
};

// A fair n-of-1 experiment: periods of A and B of equal length, in a random order within each
// cycle (seeded, so the schedule can always be made again), optionally after a baseline period.
struct TherapyTrial {
    qint64 id = 0; // 0 until stored
    QUuid uuid;
    QString therapyCode; // A
    QString therapyName;
    TrialComparison comparison = TrialComparison::UsualRoutine;
    QString otherTherapyCode; // B, for OtherTherapy
    QString otherTherapyName;
    TrialOutcome outcome = TrialOutcome::Pain;
    QList<TrialOutcome> secondaryOutcomes;
    int periodDays = 7; // 2-14
    int cycles = 3;     // 2-4
    bool baselinePeriod = false;
    double meaningfulDifference = 1.0; // the improvement that matters, in outcome units
    quint64 seed = 0;
    QDate startDate;
    QList<TrialPause> pauses;
    TrialStatus status = TrialStatus::Running;

    bool operator==(const TherapyTrial&) const = default;
};

inline constexpr int kShortestTrialPeriod = 2;
inline constexpr int kLongestTrialPeriod = 14;
inline constexpr int kFewestTrialCycles = 2;
inline constexpr int kMostTrialCycles = 4;

// Throws ValidationError by field ("therapyCode", "otherTherapyCode", "periodDays", "cycles",
// "meaningfulDifference", "startDate", "pauses").
void validateTherapyTrial(const TherapyTrial& trial);

// "heat pad" versus "your usual routine" or the other therapy's name.
QString comparisonName(const TherapyTrial& trial);
QString outcomeName(TrialOutcome outcome);
// For sentences: "pain", "spasms", "morning stiffness"…, and the unit a difference is in
// ("points", "spasms a day", "minutes").
QString outcomeNoun(TrialOutcome outcome);
QString outcomeUnit(TrialOutcome outcome);

} // namespace painpace
