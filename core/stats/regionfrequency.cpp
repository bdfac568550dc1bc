#include "regionfrequency.h"

#include <QHash>

#include <algorithm>

namespace painpace::stats {

RegionFrequency regionFrequency(const QList<RegionDay>& days, const QDate& from, const QDate& to,
                                int topRegions) {
    RegionFrequency result;
    result.length = periodLengthFor(from, to);
    result.periods = periodsBetween(from, to, result.length);
    QHash<QString, qsizetype> rowOf;
    for (const RegionDay& day : days) {
        if (day.day < from || day.day > to)
            continue;
        auto found = rowOf.constFind(day.regionCode);
        if (found == rowOf.cend()) {
            found = rowOf.insert(day.regionCode, result.rows.size());
            result.rows.append({day.regionCode, 0, QList<int>(result.periods.size(), 0)});
        }
        RegionRow& row = result.rows[*found];
        ++row.totalDays;
        ++row.daysPerPeriod[periodIndex(from, day.day, result.length)];
    }
    result.regionsMarked = static_cast<int>(result.rows.size());
    std::sort(result.rows.begin(), result.rows.end(), [](const RegionRow& a, const RegionRow& b) {
        return a.totalDays != b.totalDays ? a.totalDays > b.totalDays : a.regionCode < b.regionCode;
    });
    if (result.rows.size() > topRegions)
        result.rows.resize(topRegions);
    return result;
}

} // namespace painpace::stats
