#include <QAbstractButton>
#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include "bodymap/bodymapgeometry.h"
#include "bodymap/bodymapview.h"
#include "bodymap/bodymapwidget.h"
#include "bodymap/bodyregioncatalogue.h"
#include "bodymap/heatmappanel.h"
#include "bodymap/intensitycolors.h"
#include "bodymap/markeditor.h"
#include "edit/editstack.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "support/qtprinters.h"
#include "support/screenshots.h"
#include "today/painscalebuttons.h"

using namespace painpace;

namespace {

QPointF anchorOf(const QString& code) {
    const BodyView view =
        code.startsWith(QLatin1String("front")) ? BodyView::Front : BodyView::Back;
    return BodyMapGeometry::forView(view).shapeOf(code)->anchor;
}

PainMark markAt(const QString& code, int intensity) {
    PainMark mark;
    mark.view = code.startsWith(QLatin1String("front")) ? BodyView::Front : BodyView::Back;
    mark.point = anchorOf(code);
    mark.regionCode = code;
    mark.intensity = intensity;
    return mark;
}

} // namespace

class BodyMapViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        QSettings().setValue(QStringLiteral("bodymap/lastIntensity"), 5);
        m_db = Database::openFile(m_dir.filePath(QStringLiteral("diary.sqlite")));
        m_view = std::make_unique<BodyMapView>(*m_db, m_undo);
        m_view->resize(1000, 760);
        m_view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void TearDown() override {
        m_undo.clear();
        m_view.reset();
    }

    QList<CheckIn> today() const {
        return CheckInRepository(*m_db).between(QDate::currentDate(), QDate::currentDate());
    }
    QPoint onMap(const QPointF& artPoint) const { return map()->toWidget(artPoint).toPoint(); }
    BodyMapWidget* map() const { return m_view->map(); }
    void clickRegion(const QString& code) {
        QTest::mouseClick(map(), Qt::LeftButton, {}, onMap(anchorOf(code)));
    }
    void saveDaysAgo(int daysAgo, const QList<PainMark>& marks) {
        CheckIn entry;
        entry.moment =
            DiaryMoment::fromLocal(QDateTime(QDate::currentDate().addDays(-daysAgo), QTime(8, 0)));
        entry.pain = 5;
        entry.marks = marks;
        CheckInRepository(*m_db).save(entry);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    EditStack m_undo;
    std::unique_ptr<BodyMapView> m_view;
};

TEST_F(BodyMapViewTest, ClickingARegionStoresAMarkThereInANewCheckInForNow) {
    clickRegion(QStringLiteral("back.lumbar.left"));
    const QList<CheckIn> entries = today();
    ASSERT_EQ(entries.size(), 1);
    ASSERT_EQ(entries[0].marks.size(), 1);
    const PainMark& mark = entries[0].marks[0];
    EXPECT_EQ(mark.regionCode, QStringLiteral("back.lumbar.left"));
    EXPECT_EQ(mark.view, BodyView::Back);
    EXPECT_EQ(mark.intensity, 5); // the last intensity used
    EXPECT_NEAR(mark.point.x(), anchorOf(QStringLiteral("back.lumbar.left")).x(), 0.01);
    EXPECT_EQ(entries[0].pain, 5); // a check-in started from the map takes the strongest mark
    EXPECT_EQ(map()->selectedMark(), 0);
}

TEST_F(BodyMapViewTest, AClickOffTheFigureDoesNothing) {
    QTest::mouseClick(map(), Qt::LeftButton, {}, onMap(QPointF(0.04, 0.5)));
    QTest::mouseClick(map(), Qt::LeftButton, {}, onMap(QPointF(0.5, 0.76))); // between the legs
    EXPECT_TRUE(today().isEmpty());
}

TEST_F(BodyMapViewTest, MarksJoinTodaysLatestCheckInAndKeepItsPain) {
    saveDaysAgo(0, {});
    const qint64 id = today()[0].id;
    clickRegion(QStringLiteral("back.trapezius.right"));
    const QList<CheckIn> entries = today();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].id, id);
    EXPECT_EQ(entries[0].pain, 5);
    EXPECT_EQ(entries[0].marks.size(), 1);
}

TEST_F(BodyMapViewTest, OneClickPlusOneChoiceSetsTheIntensity) {
    clickRegion(QStringLiteral("back.neck.left"));
    QTest::mouseClick(m_view->editor()->intensity()->button(8), Qt::LeftButton);
    EXPECT_EQ(today()[0].marks[0].intensity, 8);
    EXPECT_EQ(QSettings().value(QStringLiteral("bodymap/lastIntensity")).toInt(), 8);
}

TEST_F(BodyMapViewTest, TheKeyboardAloneMarksAdjustsAndDeletes) {
    map()->setFocus();
    map()->setFocusedRegion(QStringLiteral("back.trapezius.right"));
    QTest::keyClick(map(), Qt::Key_Down); // the nearest region below the right trapezius
    const QString below = map()->focusedRegion();
    EXPECT_NE(below, QStringLiteral("back.trapezius.right"));
    QTest::keyClick(map(), Qt::Key_Up);
    EXPECT_EQ(map()->focusedRegion(), QStringLiteral("back.trapezius.right"));

    QTest::keyClick(map(), Qt::Key_Return);
    ASSERT_EQ(today().size(), 1);
    EXPECT_EQ(today()[0].marks[0].regionCode, QStringLiteral("back.trapezius.right"));
    EXPECT_EQ(today()[0].marks[0].point, anchorOf(QStringLiteral("back.trapezius.right")));
    QTest::keyClick(map(), Qt::Key_Plus);
    EXPECT_EQ(today()[0].marks[0].intensity, 6);
    QTest::keyClick(map(), Qt::Key_Minus);
    QTest::keyClick(map(), Qt::Key_Minus);
    EXPECT_EQ(today()[0].marks[0].intensity, 4);
    QTest::keyClick(map(), Qt::Key_Return); // Enter again picks the mark already there
    EXPECT_EQ(today()[0].marks.size(), 1);
    QTest::keyClick(map(), Qt::Key_Delete);
    EXPECT_TRUE(today()[0].marks.isEmpty());
}

// The arrows move between the map's regions; Tab and Shift+Tab move on past the map, as they do
// past any other field.
TEST_F(BodyMapViewTest, TabLeavesTheMapAndShiftTabComesBack) {
    map()->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return map()->hasFocus(); }));
    map()->setFocusedRegion(QStringLiteral("back.trapezius.right"));
    QTest::keyClick(map(), Qt::Key_Tab);
    EXPECT_FALSE(map()->hasFocus());
    EXPECT_EQ(map()->focusedRegion(), QStringLiteral("back.trapezius.right"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    EXPECT_TRUE(map()->hasFocus());
}

TEST_F(BodyMapViewTest, UndoRemovesTheMarkAndRedoBringsItBack) {
    clickRegion(QStringLiteral("back.sacroiliac.right"));
    ASSERT_EQ(today().size(), 1);
    m_undo.undo();
    EXPECT_TRUE(today().isEmpty()); // the check-in the mark started goes too
    m_undo.redo();
    ASSERT_EQ(today().size(), 1);
    EXPECT_EQ(today()[0].marks[0].regionCode, QStringLiteral("back.sacroiliac.right"));
}

TEST_F(BodyMapViewTest, UndoOfAnEditRestoresThePreviousMark) {
    clickRegion(QStringLiteral("back.calf.left"));
    QTest::mouseClick(m_view->editor()->intensity()->button(2), Qt::LeftButton);
    EXPECT_EQ(today()[0].marks[0].intensity, 2);
    m_undo.undo();
    EXPECT_EQ(today()[0].marks[0].intensity, 5);
}

TEST_F(BodyMapViewTest, DraggingFromAMarkRecordsWhereThePainRefers) {
    clickRegion(QStringLiteral("back.trapezius.left"));
    const QPoint from = onMap(anchorOf(QStringLiteral("back.trapezius.left")));
    const QPoint to = onMap(anchorOf(QStringLiteral("back.head")));
    QTest::mousePress(map(), Qt::LeftButton, {}, from);
    QTest::mouseMove(map(), from + QPoint(0, -10));
    QTest::mouseMove(map(), to);
    QTest::mouseRelease(map(), Qt::LeftButton, {}, to);
    const PainMark mark = today()[0].marks[0];
    ASSERT_TRUE(mark.referredTo);
    EXPECT_EQ(map()->geometry().regionAt(*mark.referredTo), QStringLiteral("back.head"));
    EXPECT_EQ(mark.regionCode, QStringLiteral("back.trapezius.left")); // the mark stayed
}

TEST_F(BodyMapViewTest, ShiftDraggingAMarkMovesItToTheNewRegion) {
    clickRegion(QStringLiteral("back.mid.left"));
    const QPoint from = onMap(anchorOf(QStringLiteral("back.mid.left")));
    const QPoint to = onMap(anchorOf(QStringLiteral("back.lumbar.left")));
    QTest::mousePress(map(), Qt::LeftButton, Qt::ShiftModifier, from);
    QTest::mouseMove(map(), from + QPoint(0, 10));
    QTest::mouseMove(map(), to);
    QTest::mouseRelease(map(), Qt::LeftButton, Qt::ShiftModifier, to);
    EXPECT_EQ(today()[0].marks[0].regionCode, QStringLiteral("back.lumbar.left"));
}

TEST_F(BodyMapViewTest, TheFrontViewMarksRegionsTheBackCannotShow) {
    m_view->showFront();
    clickRegion(QStringLiteral("front.jaw.left"));
    ASSERT_EQ(today().size(), 1);
    EXPECT_EQ(today()[0].marks[0].view, BodyView::Front);
    EXPECT_EQ(today()[0].marks[0].regionCode, QStringLiteral("front.jaw.left"));
}

TEST_F(BodyMapViewTest, TheWpiCountsThePastWeeksRegionsThroughTheRollUp) {
    saveDaysAgo(1, {markAt(QStringLiteral("back.lumbar.left"), 6),
                    markAt(QStringLiteral("back.sacroiliac.right"), 4)}); // both: lower back
    saveDaysAgo(3, {markAt(QStringLiteral("back.trapezius.right"), 5),
                    markAt(QStringLiteral("back.calf.left"), 3)});
    saveDaysAgo(6, {markAt(QStringLiteral("back.neck.left"), 2)});
    saveDaysAgo(7, {markAt(QStringLiteral("back.upperarm.left"), 2)}); // outside the week
    m_view->reload();
    // Lower back, right shoulder girdle, left lower leg, neck: 4 areas in 3 regions.
    EXPECT_TRUE(m_view->wpiText().contains(QStringLiteral("<b>4 of 19</b>")));
    EXPECT_TRUE(m_view->wpiText().contains(QStringLiteral("Pain in 3 of 5 regions")));
    EXPECT_TRUE(m_view->wpiText().contains(QStringLiteral("not met")));
}

TEST_F(BodyMapViewTest, HeatMapShadingFollowsStoredData) {
    saveDaysAgo(1, {markAt(QStringLiteral("back.lumbar.left"), 8)});
    saveDaysAgo(2, {markAt(QStringLiteral("back.lumbar.left"), 6)});
    saveDaysAgo(3, {markAt(QStringLiteral("back.lumbar.left"), 4),
                    markAt(QStringLiteral("back.trapezius.right"), 7)});
    m_view->heatPanel()->setPeriod(HeatMapPanel::Period::Days7);
    m_view->showHeatMap();
    // Lumbar: 3 of 7 days at mean 6 -> 18/7; trapezius: 1 of 7 days at 7 -> 1.
    EXPECT_DOUBLE_EQ(map()->heatOf(QStringLiteral("back.lumbar.left")), 18.0 / 7.0);
    EXPECT_DOUBLE_EQ(map()->heatOf(QStringLiteral("back.trapezius.right")), 1.0);
    EXPECT_DOUBLE_EQ(map()->heatOf(QStringLiteral("back.neck.left")), 0.0);
    EXPECT_DOUBLE_EQ(map()->maxHeat(), 18.0 / 7.0);

    // The hottest region is painted in the top colour of the scale.
    const QImage image = map()->grab().toImage();
    const QPoint lumbar = onMap(anchorOf(QStringLiteral("back.lumbar.left")));
    EXPECT_EQ(image.pixelColor(lumbar), intensityColor(10.0));

    clickRegion(QStringLiteral("back.lumbar.left"));
    EXPECT_TRUE(m_view->heatPanel()->summaryText().contains(QStringLiteral("Hurt on 3 of 7 days")));
    EXPECT_TRUE(
        m_view->heatPanel()->summaryText().contains(QStringLiteral("Mean intensity 6.0, worst 8")));
    EXPECT_TRUE(today().isEmpty()); // clicking in heat-map mode marks nothing
}

TEST_F(BodyMapViewTest, ScreenshotsOfTheBackFrontAMarkBeingEditedAndTheHeatMap) {
    PainMark knot = markAt(QStringLiteral("back.trapezius.right"), 7);
    knot.triggerPoint = true;
    knot.quality = PainQuality::Tight;
    knot.referredTo = anchorOf(QStringLiteral("back.head")) + QPointF(0.03, 0.0);
    CheckIn entry;
    entry.moment = DiaryMoment::now();
    entry.pain = 6;
    entry.marks = {markAt(QStringLiteral("back.lumbar.left"), 6),
                   markAt(QStringLiteral("back.lumbar.right"), 4), knot,
                   markAt(QStringLiteral("back.sacroiliac.left"), 3)};
    CheckInRepository(*m_db).save(entry);
    for (int day = 1; day < 60; ++day) {
        saveDaysAgo(day, {markAt(QStringLiteral("back.lumbar.left"), 3 + day % 5),
                          markAt(day % 3 ? QStringLiteral("back.trapezius.right")
                                         : QStringLiteral("back.neck.left"),
                                 2 + day % 6)});
    }
    m_view->reload();
    for (const auto& [suffix, palette] :
         {std::pair{QStringLiteral("light"), painpace::testing::lightPalette()},
          std::pair{QStringLiteral("dark"), painpace::testing::darkPalette()}}) {
        painpace::testing::ScopedAppPalette scoped(palette);
        m_view->showMarking();
        m_view->showBack();
        QTest::mouseClick(map(), Qt::LeftButton, {}, onMap(knot.point)); // select: editor opens
        EXPECT_EQ(map()->selectedMark(), 2);
        EXPECT_FALSE(painpace::testing::saveScreenshot(
                         *m_view, QStringLiteral("bodymap-back-editing-") + suffix)
                         .isEmpty());
        m_view->showFront();
        EXPECT_FALSE(
            painpace::testing::saveScreenshot(*m_view, QStringLiteral("bodymap-front-") + suffix)
                .isEmpty());
        m_view->showBack();
        m_view->heatPanel()->setPeriod(HeatMapPanel::Period::Days30);
        m_view->showHeatMap();
        clickRegion(QStringLiteral("back.lumbar.left"));
        EXPECT_FALSE(
            painpace::testing::saveScreenshot(*m_view, QStringLiteral("bodymap-heat-") + suffix)
                .isEmpty());
    }
}

TEST_F(BodyMapViewTest, ScreenReadersSeeEveryRegionByNameAndCanMarkIt) {
    QAccessibleInterface* mapInterface = QAccessible::queryAccessibleInterface(map());
    ASSERT_NE(mapInterface, nullptr);
    const auto& regions = map()->geometry().regions();
    ASSERT_EQ(mapInterface->childCount(), regions.size());
    for (int i = 0; i < regions.size(); ++i) {
        QAccessibleInterface* region = mapInterface->child(i);
        ASSERT_NE(region, nullptr);
        EXPECT_EQ(region->text(QAccessible::Name), bodyRegionName(regions[i].code));
        EXPECT_EQ(region->role(), QAccessible::Button);
        EXPECT_TRUE(region->rect().contains(map()->mapToGlobal(onMap(regions[i].anchor))));
        EXPECT_EQ(mapInterface->indexOfChild(region), i);
    }
    const int lumbar = static_cast<int>(
        std::find_if(regions.begin(), regions.end(),
                     [](const auto& r) { return r.code == QStringLiteral("back.lumbar.right"); }) -
        regions.begin());
    QAccessibleInterface* region = mapInterface->child(lumbar);
    EXPECT_EQ(region->text(QAccessible::Description), QStringLiteral("No mark"));
    region->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    ASSERT_EQ(today().size(), 1);
    EXPECT_EQ(today()[0].marks[0].regionCode, QStringLiteral("back.lumbar.right"));
    EXPECT_EQ(region->text(QAccessible::Description), QStringLiteral("Marked, intensity 5 of 10"));
}
