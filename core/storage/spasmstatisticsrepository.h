#pragma once

#include <QDate>
#include <QList>

#include "stats/spasmperiods.h"

namespace painpace {

class Database;

// Spasm totals summed in SQL for the spasm chart.
class SpasmStatisticsRepository {
public:
    explicit SpasmStatisticsRepository(const Database& database);

    // Spasms (twitches left out) per day, region and context in [from, to], by day.
    QList<stats::SpasmDayTotal> spasmDays(const QDate& from, const QDate& to) const;

private:
    const Database& m_database;
};

} // namespace painpace
