#pragma once

#include <QDate>
#include <QList>

#include "diary/dailysummary.h"

namespace painpace {

// What one plan asked for and what was done on one day.
struct DayActivity {
    qint64 planId = 0;
    QDate day;
    int planned = 0; // the level's amount on a planned day; on another day, the level's amount too
    int done = 0;
};

// A day of doing far more than planned that a flare or a clear pain rise followed: the
// boom-bust cycle pacing is meant to break.
struct BoomBustDay {
    qint64 planId = 0;
    QDate day;
    int planned = 0;
    int done = 0;
    QDate bustDay;      // the first day after with a flare or a clear rise
    bool flare = false; // a logged flare, or else a pain rise
};

inline constexpr double kBoomShare = 1.5;
inline constexpr int kBustWithinDays = 3;

// Days where done > 1.5 × planned, followed within 3 days by a flare, or by a day whose mean pain
// rose meaningfully (at least 1 point and 30%) above the boom day's.
QList<BoomBustDay> boomBustDays(const QList<DayActivity>& activity,
                                const QList<DailySummary>& summaries,
                                double boomShare = kBoomShare);

} // namespace painpace
