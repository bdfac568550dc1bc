#include "heatstripmodel.h"

#include <QCoreApplication>
#include <QLocale>

#include "bodymap/bodyregioncatalogue.h"
#include "painchart.h"

namespace painpace {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("RegionStrip", text);
}
} // namespace

HeatStripModel regionStripModel(const stats::RegionFrequency& frequency) {
    HeatStripModel model;
    model.monthly = frequency.length == stats::PeriodLength::Month;
    model.title = model.monthly ? tr("Where it hurt: days with a mark, per month")
                                : tr("Where it hurt: days with a mark, per week");
    int markedDays = 0;
    for (const stats::RegionRow& row : frequency.rows)
        markedDays = std::max(markedDays, row.totalDays);
    if (markedDays < kMinimumChartDays) {
        model.emptyMessage = tr("Not enough data yet: mark where it hurts on the body map on at "
                                "least %1 days and this chart shows how often each region hurt.")
                                 .arg(kMinimumChartDays);
        return model;
    }
    for (const stats::Period& period : frequency.periods) {
        model.columnStarts.append(period.start);
        model.daysInColumn.append(period.daysInRange);
    }
    const auto shown = std::min<qsizetype>(frequency.rows.size(), kTopRegions);
    for (qsizetype i = 0; i < shown; ++i) {
        model.rowNames.append(bodyRegionName(frequency.rows[i].regionCode));
        model.dayCounts.append(frequency.rows[i].daysPerPeriod);
    }
    if (frequency.regionsMarked > shown)
        model.title += tr(" (the %1 most frequent of %2 regions; the table has all)")
                           .arg(shown)
                           .arg(frequency.regionsMarked);
    return model;
}

ChartTable regionTable(const stats::RegionFrequency& frequency) {
    ChartTable table;
    table.headers = {frequency.length == stats::PeriodLength::Week ? tr("Week of") : tr("Month"),
                     tr("Days in range")};
    for (const stats::RegionRow& row : frequency.rows)
        table.headers.append(bodyRegionName(row.regionCode));
    const QLocale locale;
    for (qsizetype i = frequency.periods.size() - 1; i >= 0; --i) {
        const QDate start = frequency.periods[i].start;
        QStringList cells{frequency.length == stats::PeriodLength::Week
                              ? locale.toString(start, QLocale::ShortFormat)
                              : locale.toString(start, QStringLiteral("MMMM yyyy")),
                          QString::number(frequency.periods[i].daysInRange)};
        for (const stats::RegionRow& row : frequency.rows)
            cells.append(QString::number(row.daysPerPeriod[i]));
        table.rows.append(cells);
    }
    return table;
}

} // namespace painpace
