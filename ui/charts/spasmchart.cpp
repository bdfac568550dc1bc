#include "spasmchart.h"

#include <QCoreApplication>
#include <QLocale>

#include "bodymap/regiongroup.h"
#include "chartpoints.h"
#include "painchart.h"

namespace painpace {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("SpasmChart", text);
}

QColor layerColour(stats::SpasmStacking stacking, int key) {
    using namespace chartcolours;
    if (stacking == stats::SpasmStacking::ByContext) {
        switch (static_cast<SpasmContext>(key)) {
        case SpasmContext::Rest:
            return kGreen;
        case SpasmContext::Activity:
            return kOrange;
        case SpasmContext::Sleep:
            return kBlue;
        }
    }
    const QColor groups[] = {kVermillion, kSky, kBlue, kOrange, kGreen, kPurple, kGrey};
    return groups[std::clamp(key, 0, kRegionGroupCount - 1)];
}

double valueOf(const stats::SpasmLayer& layer, qsizetype period, SpasmMeasure measure) {
    return measure == SpasmMeasure::Count ? layer.counts[period] : layer.seconds[period] / 60.0;
}

QDate periodEnd(const stats::SpasmPeriods& spasms, qsizetype index) {
    const QDate start = spasms.periods[index].start;
    return spasms.length == stats::PeriodLength::Week ? start.addDays(7) : start.addMonths(1);
}

QString periodLabel(const stats::SpasmPeriods& spasms, qsizetype index) {
    const QDate start = spasms.periods[index].start;
    if (spasms.length == stats::PeriodLength::Month)
        return QLocale().toString(start, QStringLiteral("MMMM yyyy"));
    return tr("week of %1").arg(QLocale().toString(start, QLocale::ShortFormat));
}

QString minutesText(int seconds) {
    return QLocale().toString(seconds / 60.0, 'f', 1);
}

} // namespace

QString spasmLayerName(stats::SpasmStacking stacking, int key) {
    if (stacking == stats::SpasmStacking::ByRegionGroup)
        return regionGroupName(static_cast<RegionGroup>(key));
    return QCoreApplication::translate(
        "SpasmTable", labelOf<SpasmContext>(kSpasmContextCodes, static_cast<SpasmContext>(key)));
}

ChartModel spasmChartModel(const stats::SpasmPeriods& spasms, stats::SpasmStacking stacking,
                           SpasmMeasure measure) {
    ChartModel model;
    const bool weekly = spasms.length == stats::PeriodLength::Week;
    model.title = stacking == stats::SpasmStacking::ByRegionGroup
                      ? (weekly ? tr("Spasms per week, by part of the body")
                                : tr("Spasms per month, by part of the body"))
                      : (weekly ? tr("Spasms per week, by when they came")
                                : tr("Spasms per month, by when they came"));
    model.yTitle = measure == SpasmMeasure::Count ? tr("Spasms") : tr("Minutes of spasm");
    if (spasms.daysWithSpasms < kMinimumChartDays) {
        model.emptyMessage =
            spasms.daysWithSpasms == 0
                ? tr("No spasms recorded in this range.")
                : tr("Spasms on %1 of the days in this range (%2 in all). The chart appears once "
                     "there are spasms on %3 days.")
                      .arg(spasms.daysWithSpasms)
                      .arg(spasms.totalCount)
                      .arg(kMinimumChartDays);
        return model;
    }
    QList<double> stacked(spasms.periods.size(), 0.0);
    // A bar is the area between two step lines that meet at its edges, so bars keep a gap and
    // the next layer starts on top of the one below.
    const double gap = 0.08 * (dayX(periodEnd(spasms, 0)) - dayX(spasms.periods[0].start));
    for (const stats::SpasmLayer& layer : spasms.layers) {
        if (layer.totalCount == 0)
            continue;
        ChartBand bar;
        bar.kind = ChartBand::Kind::Bar;
        bar.opacity = 0.9;
        bar.name = spasmLayerName(stacking, layer.key);
        bar.colour = layerColour(stacking, layer.key);
        for (qsizetype i = 0; i < spasms.periods.size(); ++i) {
            const QString label = periodLabel(spasms, i);
            for (int corner = 0; corner < 4; ++corner)
                bar.pointLabels.append(label);
            const double left = dayX(spasms.periods[i].start) - 12 * 3600 * 1000 + gap;
            const double right = dayX(periodEnd(spasms, i)) - 12 * 3600 * 1000 - gap;
            const double bottom = stacked[i];
            const double top = bottom + valueOf(layer, i, measure);
            bar.lower << QPointF(left, bottom) << QPointF(left, bottom) << QPointF(right, bottom)
                      << QPointF(right, bottom);
            bar.upper << QPointF(left, bottom) << QPointF(left, top) << QPointF(right, top)
                      << QPointF(right, bottom);
            stacked[i] = top;
        }
        model.bands.append(bar);
    }
    model.dateRange = std::pair{model.bands.first().lower.first().x() - gap,
                                model.bands.first().lower.last().x() + gap};
    model.yRange = {0.0, niceTop(*std::max_element(stacked.cbegin(), stacked.cend()))};
    return model;
}

ChartTable spasmTable(const stats::SpasmPeriods& spasms, stats::SpasmStacking stacking) {
    ChartTable table;
    table.headers << (spasms.length == stats::PeriodLength::Week ? tr("Week of") : tr("Month"));
    table.headers << tr("Spasms") << tr("Minutes");
    for (const stats::SpasmLayer& layer : spasms.layers) {
        const QString name = spasmLayerName(stacking, layer.key);
        table.headers << tr("%1: spasms").arg(name) << tr("%1: minutes").arg(name);
    }
    const QLocale locale;
    for (qsizetype i = spasms.periods.size() - 1; i >= 0; --i) {
        const QDate start = spasms.periods[i].start;
        QStringList row{spasms.length == stats::PeriodLength::Week
                            ? locale.toString(start, QLocale::ShortFormat)
                            : locale.toString(start, QStringLiteral("MMMM yyyy"))};
        int count = 0;
        int seconds = 0;
        QStringList layers;
        for (const stats::SpasmLayer& layer : spasms.layers) {
            count += layer.counts[i];
            seconds += layer.seconds[i];
            layers << QString::number(layer.counts[i]) << minutesText(layer.seconds[i]);
        }
        table.rows.append(row << QString::number(count) << minutesText(seconds) << layers);
    }
    return table;
}

} // namespace painpace
