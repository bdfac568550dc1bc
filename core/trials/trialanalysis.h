#pragma once

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

#include "diary/dailysummary.h"
#include "trialschedule.h"

namespace painpace {

// One trial day: its outcome from the diary, and whether the assigned arm was followed.
struct TrialDayRecord {
    std::optional<double> outcome;
    std::optional<bool> followed;
};

// The outcome of a day in the diary (its mean over the day's check-ins, spasms summed).
std::optional<double> outcomeOf(const DailySummary& day, TrialOutcome outcome);

struct TrialAnalysisOptions {
    bool dropCarryOver = false;   // leave out the first day (2 for periods of 14+) after a switch
    bool dropNotFollowed = false; // leave out days the assigned arm was not followed
};

// Days after a switch of arm that may still show the previous arm.
int carryOverDays(int periodDays);

struct TrialResult {
    bool enough = false;
    QList<std::optional<double>> periodMeans; // one per period of the schedule
    // Per cycle with a mean in both periods: how much better A did than B (B − A for outcomes
    // where lower is better, A − B for sleep quality). Positive favours A.
    QList<double> improvements;
    double meanImprovement = 0.0;
    double low = 0.0; // 95% interval (Student t on the paired improvements)
    double high = 0.0;
    // Randomization test: the share of the 2^n AB/BA orders (sign flips of the improvements)
    // with a mean at least as far from 0 as the one seen. Two-sided.
    double randomizationP = 1.0;
    // Bayesian: normal paired improvements with a flat prior on the mean and log-sd, so the
    // mean's posterior is Student t (n − 1 df) around the observed mean with scale s/√n. The
    // probability that the true improvement is at least the meaningful difference. Headline.
    double probabilityMeaningful = 0.0;
    int daysWithData = 0;
    int daysNotFollowed = 0; // days recorded as not following the arm
    int daysLeftOut = 0;     // by the options
};

// Compares A with B by period means paired within cycles (days are not independent). Not
// enough data, and no numbers, when fewer than 2 cycles have a mean in both periods.
TrialResult analyseTrial(const TherapyTrial& trial, const QList<TrialPeriod>& schedule,
                         const QHash<QDate, TrialDayRecord>& days,
                         const TrialAnalysisOptions& options = {});

inline constexpr int kFewestPairedCycles = 2;

} // namespace painpace
