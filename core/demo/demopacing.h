#pragma once

#include "demodiary.h"
#include "pacing/pacingplan.h"
#include "pacing/pacingsession.h"

namespace painpace {

// A pacing plan to explore with the demo diary: walking 3 times a week, started 8 weeks before
// the diary's last day, with sessions done most planned days (now and then far more than
// planned). Sessions carry plan id 0 and the baseline as planned amount (done is 1 or 2 times
// it); writeDemoDiary sets the stored plan and the level each week was reviewed to.
struct DemoPacing {
    PacingPlan plan;
    QList<PacingSession> sessions;
};

DemoPacing generateDemoPacing(const DemoOptions& options);

class Database;

// Writes the demo diary and its pacing plan into an empty diary; returns the check-ins written.
int writeDemoDiary(const Database& database, const DemoOptions& options);

} // namespace painpace
