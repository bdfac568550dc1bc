#include "painchart.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include "chartpoints.h"
#include "longrangepainchart.h"
#include "stats/descriptive.h"

namespace painpace {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("PainChart", text);
}

std::pair<double, double> rangeOf(stats::DailyMetric metric,
                                  const QList<std::optional<double>>& values) {
    switch (metric) {
    case stats::DailyMetric::FibroFog:
        return {0.0, 3.0};
    case stats::DailyMetric::StiffnessMinutes:
    case stats::DailyMetric::Spasms: {
        double top = 1.0;
        for (const auto& value : values)
            top = std::max(top, value.value_or(0.0));
        return {0.0, niceTop(top)};
    }
    default:
        return {0.0, 10.0};
    }
}

} // namespace

ChartModel sleepChartModel(const QList<QPointF>& pairs, bool sleepHours) {
    ChartModel model;
    model.dateAxis = false;
    model.xTitle = sleepHours ? tr("Hours slept") : tr("Sleep quality (0-10, 10 best)");
    model.xRange = sleepHours ? std::pair{0.0, 12.0} : std::pair{0.0, 10.0};
    model.yTitle = tr("Pain the day after (0-10)");
    const auto correlation = stats::pearson(pairs);
    if (pairs.size() < stats::kMinimumSleepPairs || !correlation) {
        model.title = tr("Sleep and the next day's pain");
        model.emptyMessage = tr("Not enough data yet: %1 nights with sleep and pain recorded; "
                                "the chart appears from %2.")
                                 .arg(pairs.size())
                                 .arg(stats::kMinimumSleepPairs);
        return model;
    }
    const QLocale locale;
    model.title =
        tr("Sleep and the next day's pain: r = %1 (95% interval %2 to %3), %4 nights")
            .arg(locale.toString(correlation->r, 'f', 2), locale.toString(correlation->low, 'f', 2),
                 locale.toString(correlation->high, 'f', 2))
            .arg(correlation->n);
    ChartLine dots;
    dots.name = tr("A night and the day after");
    dots.style = ChartLine::Style::Dots;
    dots.colour = chartcolours::kBlue;
    dots.points = pairs;
    model.lines.append(dots);
    return model;
}

QString dailyMetricName(stats::DailyMetric metric) {
    switch (metric) {
    case stats::DailyMetric::StiffnessMinutes:
        return tr("Morning stiffness (minutes)");
    case stats::DailyMetric::Fatigue:
        return tr("Fatigue (0-10)");
    case stats::DailyMetric::SleepQuality:
        return tr("Sleep quality (0-10)");
    case stats::DailyMetric::Stress:
        return tr("Stress (0-10)");
    case stats::DailyMetric::Mood:
        return tr("Mood (0-10)");
    case stats::DailyMetric::FibroFog:
        return tr("Fibro fog (0-3)");
    case stats::DailyMetric::Spasms:
        return tr("Spasms (count)");
    }
    return {};
}

ChartModel painChartModel(
    const stats::PainTimeline& timeline,
    const std::optional<std::pair<stats::DailyMetric, QList<std::optional<double>>>>& overlay,
    const PainPeriods* periods) {
    ChartModel model;
    model.title = tr("Pain over time");
    model.yTitle = tr("Pain (0-10)");
    if (timeline.daysWithData < kMinimumChartDays) {
        model.emptyMessage =
            tr("Not enough data yet: %1 of the days in this range have entries. The chart "
               "appears once there are %2.")
                .arg(timeline.daysWithData)
                .arg(kMinimumChartDays);
        return model;
    }
    if (periods) {
        std::optional<std::pair<QString, QList<stats::PeriodMean>>> means;
        if (overlay)
            means = std::pair{dailyMetricName(overlay->first),
                              stats::periodMeans(timeline.days, overlay->second, periods->length)};
        model = longRangePainChartModel(*periods, means);
        if (overlay)
            model.secondaryRange = rangeOf(overlay->first, overlay->second);
        return model;
    }
    ChartBand band;
    band.name = tr("Lowest to highest of the day");
    band.colour = chartcolours::kSky;
    for (qsizetype i = 0; i < timeline.days.size(); ++i) {
        if (!timeline.minPain[i])
            continue;
        band.lower.append({dayX(timeline.days[i]), static_cast<double>(*timeline.minPain[i])});
        band.upper.append({dayX(timeline.days[i]), static_cast<double>(*timeline.maxPain[i])});
    }
    model.bands.append(band);

    ChartLine daily = dailyLine(timeline.days, timeline.meanPain);
    daily.name = tr("Daily mean");
    daily.style = ChartLine::Style::Dots;
    daily.colour = chartcolours::kBlue;
    daily.segmentStarts.clear(); // dots need no segments
    model.lines.append(daily);

    ChartLine rolling = dailyLine(timeline.days, timeline.rolling7);
    rolling.name = tr("7-day mean");
    rolling.colour = chartcolours::kGreen; // the smooth line, as the trend of longer ranges
    model.lines.append(rolling);

    ChartLine flares;
    flares.name = tr("Flare");
    flares.style = ChartLine::Style::Markers;
    flares.marker = ChartLine::Marker::Triangle;
    flares.colour = chartcolours::kVermillion;
    for (const QDate& day : timeline.flareDays)
        flares.points.append({dayX(day), 10.0});
    if (!flares.points.isEmpty())
        model.lines.append(flares);

    if (overlay) {
        ChartLine extra = dailyLine(timeline.days, overlay->second);
        extra.name = dailyMetricName(overlay->first);
        extra.colour = chartcolours::kOrange;
        extra.secondaryAxis = true;
        model.lines.append(extra);
        model.secondaryTitle = extra.name;
        model.secondaryRange = rangeOf(overlay->first, overlay->second);
    }
    return model;
}

namespace {
QString oneDecimal(const std::optional<double>& value) {
    return value ? QLocale().toString(*value, 'f', 1) : QString();
}
} // namespace

ChartTable painTable(const stats::PainTimeline& timeline, const QString& overlayName,
                     const QList<std::optional<double>>& overlay) {
    ChartTable table;
    table.headers = {tr("Date"),    tr("Mean pain"),  tr("Lowest"),
                     tr("Highest"), tr("7-day mean"), tr("Flare")};
    if (!overlay.isEmpty())
        table.headers << overlayName;
    const QLocale locale;
    for (qsizetype i = timeline.days.size() - 1; i >= 0; --i) {
        if (!timeline.meanPain[i])
            continue;
        QStringList row{locale.toString(timeline.days[i], QLocale::ShortFormat),
                        oneDecimal(timeline.meanPain[i]),
                        QString::number(*timeline.minPain[i]),
                        QString::number(*timeline.maxPain[i]),
                        oneDecimal(timeline.rolling7[i]),
                        timeline.flareDays.contains(timeline.days[i]) ? tr("flare") : QString()};
        if (!overlay.isEmpty())
            row << oneDecimal(overlay[i]);
        table.rows.append(row);
    }
    return table;
}

ChartTable sleepTable(const QList<QPointF>& pairs, bool sleepHours) {
    ChartTable table;
    table.headers = {sleepHours ? tr("Hours slept") : tr("Sleep quality"),
                     tr("Pain the day after")};
    for (const QPointF& pair : pairs)
        table.rows.append({oneDecimal(pair.x()), oneDecimal(pair.y())});
    return table;
}

} // namespace painpace
