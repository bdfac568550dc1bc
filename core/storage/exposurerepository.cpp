#include "exposurerepository.h"

#include <QHash>

#include "dayrangequery.h"

namespace painpace {

ExposureRepository::ExposureRepository(const Database& database)
    : m_database(database) {}

QList<stats::ExposureDay> ExposureRepository::days(Source source, const QDate& from,
                                                   const QDate& to) const {
    SqlStatement pain = dayRangeQuery(
        m_database,
        QStringLiteral("SELECT local_day, AVG(pain) FROM check_in WHERE local_day BETWEEN "
                       ":from AND :to GROUP BY local_day ORDER BY local_day"),
        from, to);
    QList<stats::ExposureDay> days;
    QHash<QString, qsizetype> indexOf;
    while (pain.next()) {
        const QString day = pain.value(0).toString();
        indexOf.insert(day, days.size());
        days.append({QDate::fromString(day, Qt::ISODate), pain.value(1).toDouble(), {}});
    }
    const QString sql =
        source == Source::Triggers
            ? QStringLiteral("SELECT DISTINCT c.local_day, t.trigger_code FROM check_in_trigger t "
                             "JOIN check_in c ON c.id = t.check_in_id WHERE c.local_day BETWEEN "
                             ":from AND :to")
            : QStringLiteral("SELECT DISTINCT c.local_day, u.therapy_code FROM therapy_use u "
                             "JOIN check_in c ON c.id = u.check_in_id WHERE c.local_day BETWEEN "
                             ":from AND :to");
    SqlStatement exposures = dayRangeQuery(m_database, sql, from, to);
    while (exposures.next()) {
        const auto index = indexOf.constFind(exposures.value(0).toString());
        if (index != indexOf.cend())
            days[*index].exposures.insert(exposures.value(1).toString());
    }
    return days;
}

} // namespace painpace
