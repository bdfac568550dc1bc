#include "markstatisticsrepository.h"

#include <algorithm>

#include "dayrangequery.h"

namespace painpace {

MarkStatisticsRepository::MarkStatisticsRepository(const Database& database)
    : m_database(database) {}

QList<RegionPainStats> MarkStatisticsRepository::regionStats(const QDate& from,
                                                             const QDate& to) const {
    SqlStatement query = dayRangeQuery(
        m_database,
        QStringLiteral(
            "SELECT m.region, COUNT(DISTINCT c.local_day), COUNT(*), AVG(m.intensity), "
            "MAX(m.intensity) FROM pain_mark m JOIN check_in c ON c.id = m.check_in_id "
            "WHERE c.local_day BETWEEN :from AND :to GROUP BY m.region ORDER BY m.region"),
        from, to);
    QList<RegionPainStats> stats;
    while (query.next()) {
        RegionPainStats region;
        region.regionCode = query.value(0).toString();
        region.daysAffected = query.value(1).toInt();
        region.marks = query.value(2).toInt();
        region.meanIntensity = query.value(3).toDouble();
        region.worstIntensity = query.value(4).toInt();
        stats.append(region);
    }
    addQualities(stats, from, to);
    return stats;
}

void MarkStatisticsRepository::addQualities(QList<RegionPainStats>& stats, const QDate& from,
                                            const QDate& to) const {
    SqlStatement query = dayRangeQuery(
        m_database,
        QStringLiteral("SELECT m.region, m.quality, COUNT(*) FROM pain_mark m JOIN check_in c ON "
                       "c.id = m.check_in_id WHERE c.local_day BETWEEN :from AND :to "
                       "GROUP BY m.region, m.quality"),
        from, to);
    while (query.next()) {
        const QString region = query.value(0).toString();
        const auto quality =
            enumFromCode<PainQuality>(kPainQualityCodes, query.value(1).toString());
        auto owner = std::find_if(stats.begin(), stats.end(),
                                  [&](const RegionPainStats& s) { return s.regionCode == region; });
        if (quality && owner != stats.end())
            owner->qualities.append({*quality, query.value(2).toInt()});
    }
    for (RegionPainStats& region : stats) {
        std::stable_sort(region.qualities.begin(), region.qualities.end(),
                         [](const auto& a, const auto& b) {
                             return a.second != b.second ? a.second > b.second : a.first < b.first;
                         });
    }
}

QList<stats::RegionDay> MarkStatisticsRepository::regionDays(const QDate& from,
                                                             const QDate& to) const {
    SqlStatement query = dayRangeQuery(
        m_database,
        QStringLiteral("SELECT DISTINCT c.local_day, m.region FROM pain_mark m JOIN check_in c ON "
                       "c.id = m.check_in_id WHERE c.local_day BETWEEN :from AND :to "
                       "ORDER BY c.local_day, m.region"),
        from, to);
    QList<stats::RegionDay> days;
    while (query.next())
        days.append(
            {QDate::fromString(query.value(0).toString(), Qt::ISODate), query.value(1).toString()});
    return days;
}

QList<QString> MarkStatisticsRepository::regionsMarked(const QDate& from, const QDate& to) const {
    SqlStatement query =
        dayRangeQuery(m_database,
                      QStringLiteral("SELECT DISTINCT m.region FROM pain_mark m JOIN check_in c ON "
                                     "c.id = m.check_in_id WHERE c.local_day BETWEEN :from AND :to "
                                     "ORDER BY m.region"),
                      from, to);
    QList<QString> regions;
    while (query.next())
        regions.append(query.value(0).toString());
    return regions;
}

} // namespace painpace
