#include <QComboBox>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include "charts/chartsview.h"
#include "charts/chartview.h"
#include "charts/painchart.h"
#include "demo/demodiary.h"
#include "stats/paintimeline.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"

using namespace painpace;

namespace {

struct TenYears {
    TenYears() {
        database = Database::openFile(dir.filePath(QStringLiteral("ten-years.sqlite")));
        DemoOptions options;
        options.years = 10;
        QList<CheckIn> entries = generateDemoDiary(options);
        CheckInRepository(*database).saveAll(entries);
    }
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
};

TenYears& tenYears() {
    static TenYears diary;
    return diary;
}

// From the query to a chart ready to draw: "all" on ten years of daily data.
void BM_PainChartAllTenYears(benchmark::State& state) {
    ChartView view;
    view.resize(1200, 700);
    const QDate today = QDate::currentDate();
    const QDate first = *CheckInRepository(*tenYears().database).firstDay();
    for (auto _ : state) {
        const auto summaries = CheckInRepository(*tenYears().database).dailySummaries(first, today);
        const auto timeline = stats::painTimeline(summaries, first, today);
        view.setModel(painChartModel(timeline, std::nullopt));
        benchmark::DoNotOptimize(view.drawnPointCounts());
    }
}

// Switching range or metric on the page: query, statistics, series and a repaint.
void BM_SwitchRangeOnTheChartsPage(benchmark::State& state) {
    ChartsView page(*tenYears().database);
    page.resize(1200, 700);
    page.show();
    bool year = false;
    for (auto _ : state) {
        page.setRange(year ? ChartsView::Range::Year : ChartsView::Range::ThreeMonths);
        page.repaint();
        year = !year;
    }
}

// Every chart for "all" ten years, from its SQL aggregates to a chart ready to draw (range 0 is
// the first ChartKind).
void BM_EveryChartAllTenYears(benchmark::State& state) {
    ChartsView page(*tenYears().database);
    page.resize(1200, 700);
    page.show();
    page.setRange(ChartsView::Range::All);
    const auto kind = static_cast<ChartKind>(state.range(0));
    const auto other =
        kind == ChartKind::PainOverTime ? ChartKind::Spasms : ChartKind::PainOverTime;
    for (auto _ : state) {
        state.PauseTiming();
        page.setKind(other);
        state.ResumeTiming();
        page.setKind(kind);
        page.repaint();
    }
    state.SetLabel(page.findChild<QComboBox*>()->currentText().toStdString());
}

// Switching the overlaid measure on a year of daily data.
void BM_SwitchMetricOnTheChartsPage(benchmark::State& state) {
    ChartsView page(*tenYears().database);
    page.resize(1200, 700);
    page.show();
    page.setRange(ChartsView::Range::Year);
    bool fatigue = false;
    for (auto _ : state) {
        page.setOverlay(fatigue ? stats::DailyMetric::Fatigue : stats::DailyMetric::Stress);
        page.repaint();
        fatigue = !fatigue;
    }
}

} // namespace

BENCHMARK(BM_EveryChartAllTenYears)
    ->DenseRange(0, static_cast<int>(ChartKind::AcrScores))
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_SwitchMetricOnTheChartsPage)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_PainChartAllTenYears)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_SwitchRangeOnTheChartsPage)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
