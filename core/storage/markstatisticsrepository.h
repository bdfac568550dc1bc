#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "bodymap/regionpainstats.h"
#include "stats/regionfrequency.h"

namespace painpace {

class Database;

// Aggregates over stored pain marks, computed in SQL: the heat map and the WPI read these.
class MarkStatisticsRepository {
public:
    explicit MarkStatisticsRepository(const Database& database);

    // One entry per region marked on a day in [from, to], in region-code order.
    QList<RegionPainStats> regionStats(const QDate& from, const QDate& to) const;
    // Each region marked on each day in [from, to], once, by day.
    QList<stats::RegionDay> regionDays(const QDate& from, const QDate& to) const;
    // The distinct regions marked on a day in [from, to].
    QList<QString> regionsMarked(const QDate& from, const QDate& to) const;

private:
    void addQualities(QList<RegionPainStats>& stats, const QDate& from, const QDate& to) const;

    const Database& m_database;
};

} // namespace painpace
