#include "spasmperiods.h"

#include <QSet>

#include "bodymap/regiongroup.h"

namespace painpace::stats {

namespace {

int layerOf(const SpasmDayTotal& day, SpasmStacking stacking) {
    return stacking == SpasmStacking::ByRegionGroup
               ? static_cast<int>(regionGroupOf(day.regionCode))
               : static_cast<int>(day.context);
}

int layerCount(SpasmStacking stacking) {
    return stacking == SpasmStacking::ByRegionGroup ? kRegionGroupCount
                                                    : static_cast<int>(kSpasmContextCodes.size());
}

} // namespace

SpasmPeriods spasmPeriods(const QList<SpasmDayTotal>& days, const QDate& from, const QDate& to,
                          SpasmStacking stacking) {
    SpasmPeriods result;
    result.length = periodLengthFor(from, to);
    result.periods = periodsBetween(from, to, result.length);
    const auto periodCount = result.periods.size();
    for (int key = 0; key < layerCount(stacking); ++key)
        result.layers.append({key, QList<int>(periodCount, 0), QList<int>(periodCount, 0), 0});
    QSet<QDate> spasmDays;
    for (const SpasmDayTotal& day : days) {
        if (day.day < from || day.day > to)
            continue;
        const int period = periodIndex(from, day.day, result.length);
        SpasmLayer& layer = result.layers[layerOf(day, stacking)];
        layer.counts[period] += day.count;
        layer.seconds[period] += day.durationSeconds;
        layer.totalCount += day.count;
        result.totalCount += day.count;
        spasmDays.insert(day.day);
    }
    result.daysWithSpasms = static_cast<int>(spasmDays.size());
    return result;
}

} // namespace painpace::stats
