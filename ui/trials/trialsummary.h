#pragma once

#include <QString>

#include "trials/trialanalysis.h"

namespace painpace {

// The result in plain words for the person ("Heating pad lowered your pain by about 1.2
// points…"), or what is still missing.
QString trialHeadline(const TherapyTrial& trial, const TrialResult& result);

// How the result was reached: the paired comparison, the interval, the randomization test, the
// Bayesian probability (the headline's), and the results without carry-over days and with only
// the days the arm was followed.
QString trialMethodDetails(const TherapyTrial& trial, const TrialResult& main,
                           const TrialResult& withoutCarryOver, const TrialResult& followedOnly);

} // namespace painpace
