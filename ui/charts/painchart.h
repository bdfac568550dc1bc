#pragma once

#include <optional>

#include "chartmodel.h"
#include "stats/paintimeline.h"

namespace painpace {

struct PainPeriods;

// The pain-over-time chart: daily mean pain as dots, the 7-day mean as a line (broken at gaps),
// in its own colour,
// the day's lowest-to-highest range as a band, flare days marked along the top, and optionally
// another daily measure on its own axis. Fewer than 3 days with data: a message, not a chart.
// Beyond about three months, with `periods`, the chart shows weeks or months instead
// (longrangepainchart.h); the table keeps every day.
ChartModel painChartModel(
    const stats::PainTimeline& timeline,
    const std::optional<std::pair<stats::DailyMetric, QList<std::optional<double>>>>& overlay,
    const PainPeriods* periods = nullptr);

QString dailyMetricName(stats::DailyMetric metric);

// Sleep against the next day's pain, with the correlation, its 95% interval and the number of
// nights in the title; "not enough data" under stats::kMinimumSleepPairs pairs.
ChartModel sleepChartModel(const QList<QPointF>& pairs, bool sleepHours);

// The same numbers as rows, newest day first; the overlay's column only when it has values.
ChartTable painTable(const stats::PainTimeline& timeline, const QString& overlayName,
                     const QList<std::optional<double>>& overlay);
ChartTable sleepTable(const QList<QPointF>& pairs, bool sleepHours);

// The smallest number of days with data that a chart draws.
inline constexpr int kMinimumChartDays = 3;

} // namespace painpace
