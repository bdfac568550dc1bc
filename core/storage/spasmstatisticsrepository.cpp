#include "spasmstatisticsrepository.h"

#include "dayrangequery.h"

namespace painpace {

SpasmStatisticsRepository::SpasmStatisticsRepository(const Database& database)
    : m_database(database) {}

QList<stats::SpasmDayTotal> SpasmStatisticsRepository::spasmDays(const QDate& from,
                                                                 const QDate& to) const {
    SqlStatement query = dayRangeQuery(
        m_database,
        QStringLiteral("SELECT c.local_day, e.region, e.context, SUM(e.spasm_count), "
                       "SUM(e.duration_s) FROM spasm_event e JOIN check_in c ON "
                       "c.id = e.check_in_id WHERE e.kind = 'spasm' AND c.local_day BETWEEN "
                       ":from AND :to GROUP BY c.local_day, e.region, e.context "
                       "ORDER BY c.local_day, e.region, e.context"),
        from, to);
    QList<stats::SpasmDayTotal> days;
    while (query.next()) {
        const auto context =
            enumFromCode<SpasmContext>(kSpasmContextCodes, query.value(2).toString());
        days.append({QDate::fromString(query.value(0).toString(), Qt::ISODate),
                     query.value(1).toString(), context.value_or(SpasmContext::Rest),
                     query.value(3).toInt(), query.value(4).toInt()});
    }
    return days;
}

} // namespace painpace
