#include <QApplication>
#include <QFile>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QToolTip>

#include <gtest/gtest.h>

#include "bodymap/bodyregioncatalogue.h"
#include "charts/chartexport.h"
#include "charts/heatstripview.h"
#include "stats/exposureeffects.h"
#include "stats/regionfrequency.h"
#include "stats/spasmperiods.h"
#include "storage/exposurerepository.h"
#include "storage/markstatisticsrepository.h"
#include "storage/questionnairerepository.h"
#include "storage/spasmstatisticsrepository.h"
#include "support/qtprinters.h"
#include "support/screenshots.h"
#include "ui/chartsviewtest.h"

using namespace painpace;
using painpace::testing::ChartsViewTest;
using painpace::testing::momentOn;

namespace {

// The height of every bar of a stacked layer (a bar is four points: see spasmChartModel).
QList<double> barHeights(const ChartBand& band) {
    QList<double> heights;
    for (qsizetype i = 1; i < band.upper.size(); i += 4)
        heights.append(band.upper[i].y() - band.lower[i].y());
    return heights;
}

QList<double> asDoubles(const QList<int>& values, double divisor = 1.0) {
    QList<double> doubles;
    for (int value : values)
        doubles.append(value / divisor);
    return doubles;
}

QuestionnaireRecord fiqrRecord(const QDate& day, int everyAnswer) {
    FiqrAnswers answers;
    answers.fill(everyAnswer); // total = 10 x the answer
    QuestionnaireRecord record;
    record.moment = momentOn(day, 10);
    record.answers = answers;
    return record;
}

QuestionnaireRecord acrRecord(const QDate& day, QList<WpiArea> areas, int fatigue) {
    Acr2016Answers answers;
    answers.painfulAreas = std::move(areas);
    answers.fatigue = fatigue;
    answers.depression = true;
    QuestionnaireRecord record;
    record.moment = momentOn(day, 9);
    record.answers = answers;
    return record;
}

} // namespace

TEST_F(ChartsViewTest, SpasmBarsStackTheCoreTotalsPerWeekAndPerMonth) {
    writeDemo(2);
    ChartsView view(*m_db);
    view.setKind(ChartsView::Kind::Spasms);
    view.setRange(ChartsView::Range::Year);
    const auto [from, to] = view.period();
    const QList<stats::SpasmDayTotal> days = SpasmStatisticsRepository(*m_db).spasmDays(from, to);
    const stats::SpasmPeriods expected =
        stats::spasmPeriods(days, from, to, stats::SpasmStacking::ByRegionGroup);
    const ChartModel& model = view.chart()->model();
    ASSERT_FALSE(view.chart()->isShowingEmptyMessage());
    EXPECT_EQ(model.title, QStringLiteral("Spasms per week, by part of the body"));
    qsizetype band = 0;
    for (const stats::SpasmLayer& layer : expected.layers) {
        if (layer.totalCount == 0)
            continue;
        ASSERT_LT(band, model.bands.size());
        EXPECT_EQ(barHeights(model.bands[band]), asDoubles(layer.counts));
        ++band;
    }
    EXPECT_EQ(band, model.bands.size());
    EXPECT_EQ(view.table()->model()->rowCount(), expected.periods.size());

    view.setSpasmOptions(SpasmMeasure::Minutes, stats::SpasmStacking::ByContext);
    const stats::SpasmPeriods byContext =
        stats::spasmPeriods(days, from, to, stats::SpasmStacking::ByContext);
    const ChartBand& sleep = view.chart()->model().bands.last();
    EXPECT_EQ(sleep.name, QStringLiteral("At night or in sleep"));
    const QList<double> minutes =
        asDoubles(byContext.layers[static_cast<int>(SpasmContext::Sleep)].seconds, 60.0);
    const QList<double> drawn = barHeights(sleep);
    ASSERT_EQ(drawn.size(), minutes.size());
    for (qsizetype i = 0; i < drawn.size(); ++i)
        EXPECT_NEAR(drawn[i], minutes[i], 1e-9);
    // Hovering a bar names its week and its own height, not the stack's.
    const QPointF middleOfFirstBar = (sleep.upper[1] + sleep.upper[2]) / 2.0;
    EXPECT_EQ(view.chart()->bandValueText(view.chart()->model().bands.size() - 1, middleOfFirstBar),
              QStringLiteral("At night or in sleep\nweek of %1: %2")
                  .arg(QLocale().toString(expected.periods.first().start, QLocale::ShortFormat),
                       QLocale().toString(minutes.first(), 'f', 1)));

    view.setRange(ChartsView::Range::All);
    EXPECT_EQ(view.chart()->model().title, QStringLiteral("Spasms per month, by when they came"));
}

TEST_F(ChartsViewTest, TriggersAndTherapiesListTheCoreEffectsWithAnAssociationWording) {
    writeDemo(1);
    ChartsView view(*m_db);
    view.setKind(ChartsView::Kind::Triggers);
    view.setRange(ChartsView::Range::Year);
    const auto [from, to] = view.period();
    const QList<stats::ExposureEffect> effects = stats::exposureEffects(
        ExposureRepository(*m_db).days(ExposureRepository::Source::Triggers, from, to), 0);
    ASSERT_GE(effects.size(), 3);
    const ChartModel& model = view.chart()->model();
    EXPECT_TRUE(model.title.contains(QStringLiteral("associated, not proof of cause")));
    const auto shown = std::min<qsizetype>(effects.size(), kMostExposuresDrawn);
    EXPECT_EQ(model.yCategories.size(), shown);
    // The largest effect is the top row, with its days with and without.
    EXPECT_TRUE(model.yCategories.last().endsWith(QStringLiteral("(%1/%2 days)")
                                                      .arg(effects[0].difference.nWith)
                                                      .arg(effects[0].difference.nWithout)));
    int dots = 0;
    for (const ChartLine& line : model.lines) {
        if (line.style == ChartLine::Style::Markers)
            dots += static_cast<int>(line.points.size());
    }
    EXPECT_EQ(dots, shown);
    // The table has every trigger, largest effect first, with the same numbers.
    ASSERT_EQ(view.table()->model()->rowCount(), effects.size());
    EXPECT_EQ(view.content().table.rows[0][1],
              (effects[0].difference.difference > 0 ? QStringLiteral("+") : QString()) +
                  QLocale().toString(effects[0].difference.difference, 'f', 1));
    EXPECT_EQ(view.content().table.rows[0][5], QString::number(effects[0].difference.nWith));

    view.setLagDays(1);
    EXPECT_TRUE(view.chart()->model().title.startsWith(QStringLiteral("Pain the day after")));
    view.setKind(ChartsView::Kind::Therapies);
    EXPECT_TRUE(
        view.chart()->model().title.contains(QStringLiteral("associated, not proof of effect")));
    EXPECT_FALSE(view.chart()->isShowingEmptyMessage());
}

TEST_F(ChartsViewTest, WithoutEnoughDaysTriggersSayWhatIsNeeded) {
    addDays(5);
    ChartsView view(*m_db);
    view.setKind(ChartsView::Kind::Triggers);
    EXPECT_TRUE(view.chart()->isShowingEmptyMessage());
    EXPECT_TRUE(view.chart()->model().emptyMessage.contains(QStringLiteral("at least 3 days")));
    view.setKind(ChartsView::Kind::Spasms);
    EXPECT_EQ(view.chart()->model().emptyMessage,
              QStringLiteral("No spasms recorded in this range."));
}

TEST_F(ChartsViewTest, TheRegionStripShowsHowOftenEachRegionHurtPerWeek) {
    writeDemo(1);
    ChartsView view(*m_db);
    view.setKind(ChartsView::Kind::Regions);
    view.setRange(ChartsView::Range::ThreeMonths);
    const auto [from, to] = view.period();
    const stats::RegionFrequency expected =
        stats::regionFrequency(MarkStatisticsRepository(*m_db).regionDays(from, to), from, to, 50);
    const HeatStripModel& strip = view.heatStrip()->model();
    ASSERT_TRUE(strip.emptyMessage.isEmpty());
    auto* pages = qobject_cast<QStackedWidget*>(view.heatStrip()->parentWidget());
    ASSERT_NE(pages, nullptr);
    EXPECT_EQ(pages->currentWidget(), view.heatStrip());
    ASSERT_EQ(strip.rowNames.size(), std::min<qsizetype>(expected.rows.size(), kTopRegions));
    EXPECT_EQ(strip.rowNames.first(), bodyRegionName(expected.rows.first().regionCode));
    EXPECT_EQ(strip.dayCounts.first(), expected.rows.first().daysPerPeriod);
    EXPECT_EQ(strip.columnStarts.size(), expected.periods.size());
    EXPECT_EQ(view.heatStrip()->cellDescription(0, 1),
              QStringLiteral("%1, week of %2: %3 of 7 days")
                  .arg(strip.rowNames.first(),
                       QLocale().toString(expected.periods[1].start, QLocale::ShortFormat))
                  .arg(expected.rows.first().daysPerPeriod[1]));
    // The table lists every region marked, not only the strip's top ones.
    EXPECT_EQ(view.content().table.headers.size(), 2 + expected.regionsMarked);

    view.resize(1000, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const QPoint inside = view.heatStrip()->rect().center();
    EXPECT_TRUE(view.heatStrip()->cellAt(inside).has_value());
    EXPECT_FALSE(view.heatStrip()->cellAt(QPoint(2, 2)).has_value());
    const QString svg = m_dir.filePath(QStringLiteral("regions.svg"));
    ASSERT_TRUE(saveChartSvg(*view.heatStrip(), svg, strip.title));
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains(strip.rowNames.first().toUtf8()));
}

TEST_F(ChartsViewTest, QuestionnaireScoresAppearFromTheThirdResult) {
    QuestionnaireRepository questionnaires(*m_db);
    const QDate today = QDate::currentDate();
    QuestionnaireRecord first = fiqrRecord(today.addDays(-60), 7);
    QuestionnaireRecord second = fiqrRecord(today.addDays(-30), 5);
    questionnaires.save(first);
    questionnaires.save(second);
    ChartsView view(*m_db);
    view.setKind(ChartsView::Kind::FiqrScores);
    EXPECT_TRUE(view.chart()->isShowingEmptyMessage());
    EXPECT_TRUE(view.chart()->model().emptyMessage.contains(
        QStringLiteral("2 FIQR results in this range")));
    QuestionnaireRecord third = fiqrRecord(today.addDays(-1), 3);
    questionnaires.save(third); // the notifier refreshes the chart
    ASSERT_FALSE(view.chart()->isShowingEmptyMessage());
    const ChartModel& model = view.chart()->model();
    ASSERT_EQ(model.bands.size(), 5);
    EXPECT_EQ(model.bands[1].name, QStringLiteral("Mild 24-40"));
    EXPECT_EQ(model.bands[4].name, QStringLiteral("Very severe 83+"));
    EXPECT_EQ(model.bands[1].lower.first().y(), 24.0);
    const ChartLine& totals = model.lines.first();
    ASSERT_EQ(totals.points.size(), 3);
    EXPECT_EQ(totals.points[0].y(), 70.0);
    EXPECT_EQ(totals.points[1].y(), 50.0);
    EXPECT_EQ(totals.points[2].y(), 30.0);
    EXPECT_EQ(view.content().table.rows.first().last(), QStringLiteral("mild"));

    view.setKind(ChartsView::Kind::AcrScores);
    EXPECT_TRUE(view.chart()->isShowingEmptyMessage());
    for (int week = 3; week >= 1; --week) {
        QuestionnaireRecord acr = acrRecord(
            today.addDays(-7 * week),
            {WpiArea::Neck, WpiArea::LowerBack, WpiArea::LeftHip, WpiArea::RightShoulderGirdle},
            week);
        questionnaires.save(acr);
    }
    ASSERT_FALSE(view.chart()->isShowingEmptyMessage());
    const ChartLine& severity = view.chart()->model().lines.first();
    ASSERT_EQ(severity.points.size(), 3);
    EXPECT_EQ(severity.points.first().y(), 8.0); // WPI 4 + SSS (fatigue 3 + depression 1)
    EXPECT_EQ(severity.points.last().y(), 6.0);
    EXPECT_TRUE(severity.pointLabels.last().endsWith(QStringLiteral("criteria not met")));
}

TEST_F(ChartsViewTest, HoveringNamesTheDateAndTheExactValue) {
    writeDemo(1);
    ChartsView view(*m_db);
    view.setRange(ChartsView::Range::TwoWeeks);
    const ChartModel& model = view.chart()->model();
    qsizetype daily = 0;
    while (model.lines[daily].name != QStringLiteral("Daily mean"))
        ++daily;
    const QPointF point = model.lines[daily].points[3];
    const QString text = view.chart()->lineValueText(daily, point + QPointF(3600.0 * 1000.0, 0.3));
    EXPECT_EQ(text,
              QStringLiteral("Daily mean\n%1: %2")
                  .arg(QLocale().toString(
                           QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(point.x())).date(),
                           QLocale::ShortFormat),
                       QLocale().toString(point.y(), 'f', 1)));
}

TEST_F(ChartsViewTest, ChosenDatesSetTheRange) {
    writeDemo(1);
    ChartsView view(*m_db);
    const QDate to = QDate::currentDate().addDays(-20);
    const QDate from = to.addDays(-9);
    view.setCustomRange(from, to);
    EXPECT_EQ(view.period(), std::pair(from, to));
    EXPECT_EQ(view.timeline().days.size(), 10);
    EXPECT_EQ(view.timeline().days.first(), from);
}

TEST_F(ChartsViewTest, TheTableCopiesAsTabSeparatedText) {
    writeDemo(1);
    ChartsView view(*m_db);
    view.setRange(ChartsView::Range::TwoWeeks);
    const QStringList lines = view.selectedTableText().split(QLatin1Char('\n'));
    EXPECT_EQ(lines.first(), view.content().table.headers.join(QLatin1Char('\t')));
    EXPECT_EQ(lines.size(), view.content().table.rows.size() + 1);
    view.table()->selectionModel()->select(view.table()->model()->index(0, 1),
                                           QItemSelectionModel::Select);
    view.table()->selectionModel()->select(view.table()->model()->index(0, 2),
                                           QItemSelectionModel::Select);
    EXPECT_EQ(view.selectedTableText(), view.content().table.rows[0][1] + QLatin1Char('\t') +
                                            view.content().table.rows[0][2]);
}

TEST_F(ChartsViewTest, WheelAndKeysZoomAndPanAndEscapeShowsEverything) {
    writeDemo(1);
    ChartsView view(*m_db);
    view.resize(1000, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QWidget* surface = view.chart()->chartSurface();
    auto* graphics = qobject_cast<QAbstractScrollArea*>(surface);
    ASSERT_NE(graphics, nullptr);
    QWidget* viewport = graphics->viewport();
    const QPointF centre = viewport->rect().center();
    QWheelEvent zoomIn(centre, viewport->mapToGlobal(centre), QPoint(), QPoint(0, 120),
                       Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &zoomIn);
    EXPECT_TRUE(view.chart()->isZoomed());
    QTest::keyClick(surface, Qt::Key_Right);
    EXPECT_TRUE(view.chart()->isZoomed());
    QTest::keyClick(surface, Qt::Key_Escape);
    EXPECT_FALSE(view.chart()->isZoomed());
}

TEST_F(ChartsViewTest, EveryChartIsPhotographedLightAndDarkSmallAndLarge) {
    writeDemo(2);
    QuestionnaireRepository questionnaires(*m_db);
    const QDate today = QDate::currentDate();
    for (int month = 0; month < 12; ++month) {
        QuestionnaireRecord fiqr = fiqrRecord(today.addMonths(-month), 3 + month % 4);
        questionnaires.save(fiqr);
        QuestionnaireRecord acr = acrRecord(today.addMonths(-month).addDays(-1),
                                            {WpiArea::Neck, WpiArea::LowerBack, WpiArea::LeftHip,
                                             WpiArea::UpperBack, WpiArea::RightShoulderGirdle,
                                             WpiArea::LeftShoulderGirdle, WpiArea::RightHip},
                                            month % 4);
        questionnaires.save(acr);
    }
    ChartsView view(*m_db);
    view.setRange(ChartsView::Range::Year);
    const std::pair<ChartsView::Kind, const char*> kinds[] = {
        {ChartsView::Kind::PainOverTime, "pain"},
        {ChartsView::Kind::Spasms, "spasms"},
        {ChartsView::Kind::SleepHoursAndPain, "sleep-hours"},
        {ChartsView::Kind::Triggers, "triggers"},
        {ChartsView::Kind::Therapies, "therapies"},
        {ChartsView::Kind::Regions, "regions"},
        {ChartsView::Kind::FiqrScores, "fiqr"},
        {ChartsView::Kind::AcrScores, "acr"}};
    for (const auto& [palette, paletteName] :
         {std::pair{painpace::testing::lightPalette(), "light"},
          std::pair{painpace::testing::darkPalette(), "dark"}}) {
        painpace::testing::ScopedAppPalette scoped(palette);
        for (const auto& [size, sizeName] :
             {std::pair{QSize(720, 480), "minimum"}, std::pair{QSize(1300, 800), "large"}}) {
            view.resize(size);
            view.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
            for (const auto& [kind, name] : kinds) {
                view.setKind(kind);
                EXPECT_FALSE(view.chart()->isShowingEmptyMessage()) << name;
                EXPECT_FALSE(painpace::testing::saveScreenshot(
                                 view, QStringLiteral("chart-%1-%2-%3")
                                           .arg(QLatin1String(name), QLatin1String(paletteName),
                                                QLatin1String(sizeName)))
                                 .isEmpty());
            }
        }
    }
}

TEST_F(ChartsViewTest, PointingAtADotShowsItsDateAndValue) {
    writeDemo(1);
    ChartsView view(*m_db);
    view.resize(1000, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.setRange(ChartsView::Range::TwoWeeks);
    const ChartModel& model = view.chart()->model();
    qsizetype daily = 0;
    while (model.lines[daily].name != QStringLiteral("Daily mean"))
        ++daily;
    const QPointF value = model.lines[daily].points[5];
    auto* surface = qobject_cast<QAbstractScrollArea*>(view.chart()->chartSurface());
    ASSERT_NE(surface, nullptr);
    QWidget* viewport = surface->viewport();
    const QPoint target = viewport->mapFrom(view.chart(), view.chart()->positionOf(value));
    QTest::mouseMove(viewport, target + QPoint(0, 40));
    QTest::mouseMove(viewport, target);
    EXPECT_EQ(QToolTip::text(), view.chart()->lineValueText(daily, value));
}
