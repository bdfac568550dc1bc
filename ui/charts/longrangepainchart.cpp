#include "longrangepainchart.h"

#include <QCoreApplication>
#include <QLocale>

#include "chartpoints.h"

namespace painpace {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("LongRangePainChart", text);
}

// Successive periods further apart than this have no data between them: the lines break there.
qint64 gapDays(stats::PeriodLength length) {
    return length == stats::PeriodLength::Week ? 10 : 45;
}

// The points of `values` at the periods' middles (moved by `years`), broken where periods are
// missing.
ChartLine periodLine(const QList<stats::PeriodPain>& periods, const QList<double>& values,
                     stats::PeriodLength length, int years = 0) {
    ChartLine line;
    for (qsizetype i = 0; i < periods.size(); ++i) {
        if (i > 0 && periods[i - 1].middle.daysTo(periods[i].middle) > gapDays(length))
            line.segmentStarts.append(static_cast<int>(line.points.size()));
        line.points.append({dayX(periods[i].middle.addYears(years)), values[i]});
    }
    return line;
}

QList<double> medians(const QList<stats::PeriodPain>& periods) {
    QList<double> values;
    for (const stats::PeriodPain& period : periods)
        values.append(period.median);
    return values;
}

ChartBand quartileBand(const PainPeriods& periods) {
    ChartBand band;
    // Short names: the legend of the smallest window holds all five.
    band.name = tr("Middle half");
    band.colour = chartcolours::kSky;
    for (const stats::PeriodPain& period : periods.periods) {
        band.lower.append({dayX(period.middle), period.lowerQuartile});
        band.upper.append({dayX(period.middle), period.upperQuartile});
    }
    return band;
}

ChartLine flareMarks(const PainPeriods& periods) {
    ChartLine flares;
    flares.name = tr("Flares");
    flares.style = ChartLine::Style::Markers;
    flares.marker = ChartLine::Marker::Triangle;
    flares.colour = chartcolours::kVermillion;
    const QLocale locale;
    for (const stats::PeriodPain& period : periods.periods) {
        if (period.flareDays == 0)
            continue;
        flares.points.append({dayX(period.middle), 10.0});
        flares.pointLabels.append(QCoreApplication::translate("LongRangePainChart",
                                                              "%1: %n flare day(s)", nullptr,
                                                              period.flareDays)
                                      .arg(locale.toString(period.start, QLocale::ShortFormat)));
    }
    return flares;
}

} // namespace

PainPeriods painPeriods(const stats::PainTimeline& timeline, const stats::PainTimeline& yearBefore,
                        stats::PeriodLength length) {
    PainPeriods result;
    result.length = length;
    result.periods = stats::painByPeriod(timeline, length);
    result.trend = stats::periodTrend(result.periods, length == stats::PeriodLength::Week
                                                          ? stats::kWeeklyTrendHalfWindow
                                                          : stats::kMonthlyTrendHalfWindow);
    result.yearBefore = stats::painByPeriod(yearBefore, length);
    return result;
}

ChartModel longRangePainChartModel(
    const PainPeriods& periods,
    const std::optional<std::pair<QString, QList<stats::PeriodMean>>>& overlay) {
    const bool weekly = periods.length == stats::PeriodLength::Week;
    ChartModel model;
    model.title =
        weekly ? tr("Pain over time, week by week") : tr("Pain over time, month by month");
    model.yTitle = tr("Pain (0-10)");
    model.bands.append(quartileBand(periods));

    ChartLine median = periodLine(periods.periods, medians(periods.periods), periods.length);
    median.name = weekly ? tr("Weekly median") : tr("Monthly median");
    median.colour = chartcolours::kBlue;
    model.lines.append(median);

    ChartLine trend = periodLine(periods.periods, periods.trend, periods.length);
    trend.name = tr("Trend");
    trend.colour = chartcolours::kGreen;
    trend.segmentStarts.clear(); // a trend runs through the gaps
    model.lines.append(trend);

    if (!periods.yearBefore.isEmpty()) {
        ChartLine before =
            periodLine(periods.yearBefore, medians(periods.yearBefore), periods.length, 1);
        before.name = tr("Last year");
        before.colour = chartcolours::kPurple;
        before.pen = Qt::DashLine;
        model.lines.append(before);
    }

    if (ChartLine flares = flareMarks(periods); !flares.points.isEmpty())
        model.lines.append(flares);

    if (overlay && !overlay->second.isEmpty()) {
        ChartLine extra;
        extra.name = overlay->first;
        extra.colour = chartcolours::kOrange;
        extra.secondaryAxis = true;
        for (const stats::PeriodMean& mean : overlay->second)
            extra.points.append({dayX(mean.middle), mean.mean});
        model.lines.append(extra);
        model.secondaryTitle = extra.name;
    }
    return model;
}

} // namespace painpace
