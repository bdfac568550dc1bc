#pragma once

#include <QDate>

#include "chartmodel.h"
#include "diary/dailysummary.h"
#include "pacing/boombust.h"
#include "pacing/weeklyreview.h"

namespace painpace {

// Everything the progress chart of one plan shows.
struct PlanProgress {
    PacingPlan plan;
    QList<PlanLevel> levels;
    QList<PacingSession> sessions;
    QList<DailySummary> summaries;
    QList<BoomBustDay> boomBust;
    QDate today;
};

// Planned and done per week, each level change marked with its reason (hover), flares and
// boom-bust days marked. Until the plan's second week, a message instead.
ChartModel pacingChartModel(const PlanProgress& progress);
// A row per week, newest first: planned, done, level and reason.
ChartTable pacingTable(const PlanProgress& progress);

} // namespace painpace
