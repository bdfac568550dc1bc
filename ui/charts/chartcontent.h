#pragma once

#include <QDate>

#include <optional>
#include <variant>

#include "chartmodel.h"
#include "exposurechart.h"
#include "heatstripmodel.h"
#include "spasmchart.h"
#include "stats/paintimeline.h"

namespace painpace {

class Database;

enum class ChartKind {
    PainOverTime,
    Spasms,
    SleepQualityAndPain,
    SleepHoursAndPain,
    Triggers,
    Therapies,
    Regions,
    FiqrScores,
    AcrScores,
};

// Everything that decides what a chart shows.
struct ChartRequest {
    ChartKind kind = ChartKind::PainOverTime;
    QDate from;
    QDate to;
    std::optional<stats::DailyMetric> overlay;
    SpasmMeasure spasmMeasure = SpasmMeasure::Count;
    stats::SpasmStacking spasmStacking = stats::SpasmStacking::ByRegionGroup;
    int lagDays = 0;
    // The daily summaries of [from, to] when the caller already has them (switching the
    // measure or the kind of daily chart need not query again); queried when null.
    const QList<DailySummary>* summaries = nullptr;
};

// A chart ready to draw (a Qt Charts model or a heat strip), its numbers as a table, and the pain
// timeline when the chart is built on it.
struct ChartContent {
    std::variant<ChartModel, HeatStripModel> picture;
    ChartTable table;
    stats::PainTimeline timeline;
};

// Runs the chart's SQL aggregates and builds it; the only place that knows which query feeds
// which chart.
ChartContent loadChart(const Database& database, const ChartRequest& request);

} // namespace painpace
