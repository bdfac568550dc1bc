#pragma once

#include <QHash>

#include "chartmodel.h"
#include "trials/trialanalysis.h"

namespace painpace {

// A trial's daily outcome as dots on its periods, A and B shaded in two colours (the baseline in
// grey), each period's mean drawn across it. Says so when no day has data yet.
ChartModel trialChartModel(const TherapyTrial& trial, const QList<TrialPeriod>& schedule,
                           const QHash<QDate, TrialDayRecord>& days, const TrialResult& result);
// A row per trial day: date, period, arm, outcome, followed.
ChartTable trialTable(const TherapyTrial& trial, const QList<TrialPeriod>& schedule,
                      const QHash<QDate, TrialDayRecord>& days);

} // namespace painpace
