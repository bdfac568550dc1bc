#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "diary/spasmevent.h"
#include "periods.h"

namespace painpace::stats {

// Spasms (not twitches) of one day in one region and context, summed in SQL.
struct SpasmDayTotal {
    QDate day;
    QString regionCode;
    SpasmContext context = SpasmContext::Rest;
    int count = 0;
    int durationSeconds = 0;
};

enum class SpasmStacking { ByRegionGroup, ByContext };

// One layer of the stacked spasm chart: a region group or a context (its enum value as `key`),
// with a total for every period.
struct SpasmLayer {
    int key = 0;
    QList<int> counts;
    QList<int> seconds;
    int totalCount = 0;
};

struct SpasmPeriods {
    PeriodLength length = PeriodLength::Week;
    QList<Period> periods;
    QList<SpasmLayer> layers; // every group or context, in enum order, empty ones included
    int totalCount = 0;
    int daysWithSpasms = 0;
};

SpasmPeriods spasmPeriods(const QList<SpasmDayTotal>& days, const QDate& from, const QDate& to,
                          SpasmStacking stacking);

} // namespace painpace::stats
