#include <QFile>
#include <QSet>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include "charts/chartexport.h"
#include "charts/chartsview.h"
#include "charts/chartview.h"
#include "demo/demodiary.h"
#include "stats/descriptive.h"
#include "stats/paintimeline.h"
#include "stats/periodpain.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "support/qtprinters.h"
#include "support/sampleentries.h"
#include "support/screenshots.h"
#include "ui/chartsviewtest.h"

using namespace painpace;
using painpace::testing::ChartsViewTest;

TEST_F(ChartsViewTest, AnEmptyOrTinyDiarySaysThereIsNotEnoughData) {
    ChartsView view(*m_db);
    EXPECT_TRUE(view.chart()->isShowingEmptyMessage());
    addDays(2);
    EXPECT_TRUE(view.chart()->isShowingEmptyMessage()); // refreshed by the notifier
    EXPECT_TRUE(view.chart()->model().emptyMessage.contains(QStringLiteral("2 of the days")));
    addDays(1); // a third day (today again: still 2 days) ...
    CheckIn third = painpace::testing::minimalCheckIn(5, QDate::currentDate().addDays(-5), 9);
    CheckInRepository(*m_db).save(third);
    EXPECT_FALSE(view.chart()->isShowingEmptyMessage());
}

TEST_F(ChartsViewTest, ThePainChartShowsTheCoreNumbersOfTheDiary) {
    writeDemo(1);
    ChartsView view(*m_db);
    view.resize(1000, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.setRange(ChartsView::Range::ThreeMonths); // short enough for a dot per day
    const stats::PainTimeline& timeline = view.timeline();
    const ChartLine* daily = line(view, QStringLiteral("Daily mean"));
    ASSERT_NE(daily, nullptr);
    EXPECT_EQ(daily->points.size(), timeline.daysWithData);
    // The first dot is the first day with data, at its mean pain from the database.
    const QList<DailySummary> summaries =
        CheckInRepository(*m_db).dailySummaries(timeline.days.first(), timeline.days.last());
    EXPECT_DOUBLE_EQ(daily->points.first().y(), summaries.first().meanPain);
    const ChartLine* flares = line(view, QStringLiteral("Flare"));
    ASSERT_NE(flares, nullptr);
    EXPECT_EQ(flares->points.size(), timeline.flareDays.size());
    EXPECT_EQ(view.chart()->model().bands.first().upper.size(), timeline.daysWithData);

    view.setOverlay(stats::DailyMetric::Fatigue);
    const ChartLine* fatigue = line(view, QStringLiteral("Fatigue (0-10)"));
    ASSERT_NE(fatigue, nullptr);
    EXPECT_TRUE(fatigue->secondaryAxis);

    view.showTable(true);
    EXPECT_EQ(view.table()->model()->rowCount(), timeline.daysWithData);
    EXPECT_EQ(view.table()->model()->columnCount(), 7);
}

// Daily dots and the 7-day mean are told apart by colour as well as by shape, and flares are
// small marks, not squares that run together into a bar.
TEST_F(ChartsViewTest, EverySeriesHasItsOwnColourAndFlaresAreSmallMarks) {
    writeDemo(1);
    ChartsView view(*m_db);
    view.resize(1000, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    for (const ChartsView::Range range :
         {ChartsView::Range::ThreeMonths, ChartsView::Range::Year}) {
        view.setRange(range);
        QSet<QRgb> colours;
        for (const ChartLine& each : view.chart()->model().lines) {
            EXPECT_FALSE(colours.contains(each.colour.rgb())) << each.name.toStdString();
            colours.insert(each.colour.rgb());
            if (each.style == ChartLine::Style::Markers) {
                EXPECT_EQ(each.marker, ChartLine::Marker::Triangle) << each.name.toStdString();
            }
        }
        EXPECT_GE(colours.size(), 3);
    }
}

// Beyond three months the chart shows weeks, beyond two years months: each period's median over
// the band of its quartiles, a trend, the year before, and a mark for each period with a flare.
// The table keeps every day.
TEST_F(ChartsViewTest, LongRangesShowWeeksOrMonthsWithTheYearBeforeAndTheTableKeepsDays) {
    writeDemo(3);
    ChartsView view(*m_db);
    view.resize(1000, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.setRange(ChartsView::Range::Year);
    const stats::PainTimeline& year = view.timeline();
    const QList<stats::PeriodPain> weeks = stats::painByPeriod(year, stats::PeriodLength::Week);
    const ChartLine* median = line(view, QStringLiteral("Weekly median"));
    ASSERT_NE(median, nullptr);
    ASSERT_EQ(median->points.size(), weeks.size());
    EXPECT_GE(weeks.size(), 50);
    EXPECT_DOUBLE_EQ(median->points.first().y(), weeks.first().median);
    EXPECT_EQ(view.chart()->model().bands.first().lower.size(), weeks.size());
    EXPECT_DOUBLE_EQ(view.chart()->model().bands.first().upper.last().y(),
                     weeks.last().upperQuartile);
    ASSERT_NE(line(view, QStringLiteral("Trend")), nullptr);
    EXPECT_EQ(line(view, QStringLiteral("Trend"))->points.size(), weeks.size());
    // The demo's year before is there too, drawn over this year.
    const ChartLine* before = line(view, QStringLiteral("Last year"));
    ASSERT_NE(before, nullptr);
    EXPECT_EQ(before->pen, Qt::DashLine);
    EXPECT_GE(before->points.size(), 50);
    EXPECT_GE(before->points.first().x(), median->points.first().x() - 7 * 86400000.0);
    const ChartLine* flares = line(view, QStringLiteral("Flares"));
    ASSERT_NE(flares, nullptr);
    const auto flaring =
        std::count_if(weeks.cbegin(), weeks.cend(),
                      [](const stats::PeriodPain& week) { return week.flareDays > 0; });
    EXPECT_EQ(flares->points.size(), flaring);
    EXPECT_EQ(line(view, QStringLiteral("Daily mean")), nullptr);
    EXPECT_TRUE(
        painpace::testing::saveLightAndDark(view, QStringLiteral("chart-pain-year-weekly")));
    view.showTable(true);
    EXPECT_EQ(view.table()->model()->rowCount(), year.daysWithData);

    view.setRange(ChartsView::Range::All);
    const ChartLine* months = line(view, QStringLiteral("Monthly median"));
    ASSERT_NE(months, nullptr);
    EXPECT_EQ(months->points.size(),
              stats::painByPeriod(view.timeline(), stats::PeriodLength::Month).size());
    EXPECT_GE(months->points.size(), 35);
    view.showTable(false);
    EXPECT_TRUE(
        painpace::testing::saveLightAndDark(view, QStringLiteral("chart-pain-all-monthly")));
    view.showTable(true);
    EXPECT_EQ(view.table()->model()->rowCount(), view.timeline().daysWithData);
}

TEST_F(ChartsViewTest, TenYearsAreDrawnWithAtMostAPointPerPixelColumn) {
    writeDemo(10);
    ChartsView view(*m_db);
    view.resize(720, 480);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.setRange(ChartsView::Range::All);
    EXPECT_GT(view.timeline().daysWithData, 3000);
    EXPECT_LE(view.width(), 720); // the page fits the window's smallest size
    for (int drawn : view.chart()->drawnPointCounts())
        EXPECT_LE(drawn, view.chart()->width());
}

TEST_F(ChartsViewTest, ChartsExportToPngAndSvgAndScreenshots) {
    writeDemo(1);
    ChartsView view(*m_db);
    view.setOverlay(stats::DailyMetric::SleepQuality);
    for (const auto& [suffix, palette, size] :
         {std::tuple{QStringLiteral("light-large"), painpace::testing::lightPalette(),
                     QSize(1300, 800)},
          std::tuple{QStringLiteral("dark-large"), painpace::testing::darkPalette(),
                     QSize(1300, 800)},
          std::tuple{QStringLiteral("light-minimum"), painpace::testing::lightPalette(),
                     QSize(720, 480)}}) {
        painpace::testing::ScopedAppPalette scoped(palette);
        view.resize(size);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        view.reload();
        EXPECT_FALSE(
            painpace::testing::saveScreenshot(view, QStringLiteral("charts-pain-") + suffix)
                .isEmpty());
    }
    const QString png = m_dir.filePath(QStringLiteral("chart.png"));
    const QString svg = m_dir.filePath(QStringLiteral("chart.svg"));
    EXPECT_TRUE(saveChartPng(*view.chart()->chartSurface(), png));
    EXPECT_TRUE(saveChartSvg(*view.chart()->chartSurface(), svg, QStringLiteral("Pain")));
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("<svg"));
    EXPECT_GT(QFile(png).size(), 1000);
}

TEST_F(ChartsViewTest, SleepAgainstNextDayPainShowsTheCorrelationOrSaysNotEnough) {
    addDays(5);
    ChartsView view(*m_db);
    view.setKind(ChartsView::Kind::SleepQualityAndPain);
    EXPECT_TRUE(view.chart()->isShowingEmptyMessage()); // no sleep recorded yet
    writeDemo(1);
    view.setRange(ChartsView::Range::Year);
    ASSERT_FALSE(view.chart()->isShowingEmptyMessage());
    const QList<DailySummary> summaries = CheckInRepository(*m_db).dailySummaries(
        view.timeline().days.first(), view.timeline().days.last());
    const QList<QPointF> pairs = stats::sleepPainPairs(summaries, false);
    const auto correlation = stats::pearson(pairs);
    ASSERT_TRUE(correlation);
    EXPECT_LT(correlation->r, 0.0); // in the demo, better sleep goes with less pain next day
    EXPECT_TRUE(
        view.chart()->model().title.contains(QStringLiteral("%1 nights").arg(correlation->n)));
    EXPECT_EQ(view.chart()->model().lines.first().points, pairs);
    painpace::testing::ScopedAppPalette light(painpace::testing::lightPalette());
    view.resize(1100, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EXPECT_FALSE(
        painpace::testing::saveScreenshot(view, QStringLiteral("charts-sleep-light")).isEmpty());
}
