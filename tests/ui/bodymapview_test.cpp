#include <QAbstractButton>
#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include "bodymap/bodymapgeometry.h"
#include "bodymap/bodymapview.h"
#include "bodymap/bodymapwidget.h"
#include "bodymap/bodyregioncatalogue.h"
#include "bodymap/heatmappanel.h"
#include "bodymap/markeditor.h"
#include "common/intensitycolors.h"
#include "diary/validationissue.h"
#include "edit/checkincomposition.h"
#include "edit/editstack.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/diarysettings.h"
#include "support/qtprinters.h"
#include "support/randomentries.h"
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
        m_db = Database::openFile(m_dir.filePath(QStringLiteral("diary.sqlite")));
        m_view = std::make_unique<BodyMapView>(*m_db, m_undo, m_composition);
        m_view->resize(1000, 760);
        m_view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void TearDown() override {
        m_undo.clear();
        m_view.reset();
    }

    // The marks of the check-in being filled in (what Today will save with it).
    const QList<PainMark>& marks() const { return m_composition.marks(); }
    // Chooses the stored check-in listed at `index` (1 is the newest) for the marks.
    void chooseStored(int index) {
        m_view->reload();
        m_view->targetChoice()->setCurrentIndex(index);
        emit m_view->targetChoice()->activated(index);
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
    CheckInComposition m_composition;
    std::unique_ptr<Database> m_db;
    EditStack m_undo;
    std::unique_ptr<BodyMapView> m_view;
};

// A mark belongs to the check-in being filled in on Today; the map never creates a check-in.
TEST_F(BodyMapViewTest, ClickingARegionMarksItForTheCheckInBeingFilledInAndStoresNothing) {
    clickRegion(QStringLiteral("back.lumbar.left"));
    ASSERT_EQ(marks().size(), 1);
    const PainMark& mark = marks()[0];
    EXPECT_EQ(mark.regionCode, QStringLiteral("back.lumbar.left"));
    EXPECT_EQ(mark.view, BodyView::Back);
    EXPECT_EQ(mark.intensity, 5); // a new diary's starting intensity
    EXPECT_NEAR(mark.point.x(), anchorOf(QStringLiteral("back.lumbar.left")).x(), 0.01);
    EXPECT_EQ(map()->selectedMark(), 0);
    EXPECT_EQ(CheckInRepository(*m_db).count(), 0);
    EXPECT_FALSE(m_view->marksStoredCheckIn());
    EXPECT_EQ(m_view->targetChoice()->currentText(),
              QStringLiteral("The check-in you are filling in now"));
    EXPECT_EQ(m_view->targetText(), QStringLiteral("Saved with the check-in when you save it on "
                                                   "Today. Nothing is stored before that."));
}

TEST_F(BodyMapViewTest, AClickOffTheFigureDoesNothing) {
    QTest::mouseClick(map(), Qt::LeftButton, {}, onMap(QPointF(0.04, 0.5)));
    QTest::mouseClick(map(), Qt::LeftButton, {}, onMap(QPointF(0.5, 0.76))); // between the legs
    EXPECT_TRUE(marks().isEmpty());
    EXPECT_EQ(m_undo.count(), 0);
}

// A saved check-in of the past week can be chosen instead: its marks are stored at each change,
// and nothing else of it changes.
TEST_F(BodyMapViewTest, AChosenSavedCheckInGetsTheMarksAtOnceAndKeepsItsPain) {
    saveDaysAgo(2, {});
    saveDaysAgo(0, {markAt(QStringLiteral("back.neck.left"), 3)});
    m_view->reload();
    ASSERT_EQ(m_view->targetChoice()->count(), 3);
    EXPECT_TRUE(m_view->targetChoice()->itemText(1).startsWith(QStringLiteral("Today, ")));
    EXPECT_TRUE(m_view->targetChoice()->itemText(1).endsWith(QStringLiteral(" — pain 5")));
    chooseStored(1);
    ASSERT_TRUE(m_view->marksStoredCheckIn());
    EXPECT_EQ(map()->marks().size(), 1); // its mark is shown
    clickRegion(QStringLiteral("back.trapezius.right"));
    const CheckIn stored = today().constFirst();
    EXPECT_EQ(stored.pain, 5);
    ASSERT_EQ(stored.marks.size(), 2);
    EXPECT_EQ(stored.marks[1].regionCode, QStringLiteral("back.trapezius.right"));
    EXPECT_TRUE(marks().isEmpty()); // the check-in being filled in is untouched
    m_undo.undo();
    EXPECT_EQ(today().constFirst().marks.size(), 1);
    // Back to the check-in being filled in: the map shows its marks, none yet.
    m_view->targetChoice()->setCurrentIndex(0);
    emit m_view->targetChoice()->activated(0);
    EXPECT_FALSE(m_view->marksStoredCheckIn());
    EXPECT_TRUE(map()->marks().isEmpty());
}

TEST_F(BodyMapViewTest, OneClickPlusOneChoiceSetsTheIntensity) {
    clickRegion(QStringLiteral("back.neck.left"));
    QTest::mouseClick(m_view->editor()->intensity()->button(8), Qt::LeftButton);
    EXPECT_EQ(marks()[0].intensity, 8);
    EXPECT_EQ(DiarySettings(*m_db).markIntensity(), 8);
    clickRegion(QStringLiteral("back.neck.right"));
    EXPECT_EQ(marks()[1].intensity, 8); // the next mark starts where the last one ended
}

// The starting intensity is the diary's own: another diary does not inherit it.
TEST_F(BodyMapViewTest, TheStartingIntensityBelongsToTheDiary) {
    DiarySettings(*m_db).setMarkIntensity(9);
    auto other = Database::openFile(m_dir.filePath(QStringLiteral("other.sqlite")));
    CheckInComposition otherComposition;
    BodyMapView otherView(*other, m_undo, otherComposition);
    otherView.resize(1000, 760);
    otherView.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&otherView));
    const QPointF lumbar = anchorOf(QStringLiteral("back.lumbar.left"));
    QTest::mouseClick(otherView.map(), Qt::LeftButton, {},
                      otherView.map()->toWidget(lumbar).toPoint());
    ASSERT_EQ(otherComposition.marks().size(), 1);
    EXPECT_EQ(otherComposition.marks()[0].intensity, 5);
    clickRegion(QStringLiteral("back.lumbar.left"));
    EXPECT_EQ(marks()[0].intensity, 9);
    m_undo.clear();
    EXPECT_THROW(DiarySettings(*m_db).setMarkIntensity(11), ValidationError);
    EXPECT_EQ(DiarySettings(*m_db).markIntensity(), 9);
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
    ASSERT_EQ(marks().size(), 1);
    EXPECT_EQ(marks()[0].regionCode, QStringLiteral("back.trapezius.right"));
    EXPECT_EQ(marks()[0].point, anchorOf(QStringLiteral("back.trapezius.right")));
    QTest::keyClick(map(), Qt::Key_Plus);
    EXPECT_EQ(marks()[0].intensity, 6);
    QTest::keyClick(map(), Qt::Key_Minus);
    QTest::keyClick(map(), Qt::Key_Minus);
    EXPECT_EQ(marks()[0].intensity, 4);
    QTest::keyClick(map(), Qt::Key_Return); // Enter again picks the mark already there
    EXPECT_EQ(marks().size(), 1);
    QTest::keyClick(map(), Qt::Key_Delete);
    EXPECT_TRUE(marks().isEmpty());
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
    ASSERT_EQ(marks().size(), 1);
    m_undo.undo();
    EXPECT_TRUE(marks().isEmpty());
    EXPECT_TRUE(map()->marks().isEmpty());
    m_undo.redo();
    ASSERT_EQ(marks().size(), 1);
    EXPECT_EQ(marks()[0].regionCode, QStringLiteral("back.sacroiliac.right"));
    EXPECT_EQ(map()->marks(), marks());
}

TEST_F(BodyMapViewTest, UndoOfAnEditRestoresThePreviousMark) {
    clickRegion(QStringLiteral("back.calf.left"));
    QTest::mouseClick(m_view->editor()->intensity()->button(2), Qt::LeftButton);
    EXPECT_EQ(marks()[0].intensity, 2);
    m_undo.undo();
    EXPECT_EQ(marks()[0].intensity, 5);
}

TEST_F(BodyMapViewTest, DraggingFromAMarkRecordsWhereThePainRefers) {
    clickRegion(QStringLiteral("back.trapezius.left"));
    const QPoint from = onMap(anchorOf(QStringLiteral("back.trapezius.left")));
    const QPoint to = onMap(anchorOf(QStringLiteral("back.head")));
    QTest::mousePress(map(), Qt::LeftButton, {}, from);
    QTest::mouseMove(map(), from + QPoint(0, -10));
    QTest::mouseMove(map(), to);
    QTest::mouseRelease(map(), Qt::LeftButton, {}, to);
    const PainMark mark = marks()[0];
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
    EXPECT_EQ(marks()[0].regionCode, QStringLiteral("back.lumbar.left"));
}

TEST_F(BodyMapViewTest, TheFrontViewMarksRegionsTheBackCannotShow) {
    m_view->showFront();
    clickRegion(QStringLiteral("front.jaw.left"));
    ASSERT_EQ(marks().size(), 1);
    EXPECT_EQ(marks()[0].view, BodyView::Front);
    EXPECT_EQ(marks()[0].regionCode, QStringLiteral("front.jaw.left"));
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
    EXPECT_TRUE(marks().isEmpty());                    // clicking in heat-map mode marks nothing
    EXPECT_FALSE(m_view->targetChoice()->isVisible()); // the heat map is of every check-in
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
    chooseStored(1); // today's saved check-in, with the knot
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
    ASSERT_EQ(marks().size(), 1);
    EXPECT_EQ(marks()[0].regionCode, QStringLiteral("back.lumbar.right"));
    EXPECT_EQ(region->text(QAccessible::Description), QStringLiteral("Marked, intensity 5 of 10"));
}

// Selecting a mark of a stored check-in shows it and changes nothing; one choice in the mark
// editor changes only that field of that mark, and Undo gives back the marks exactly. Checked
// over seeded random marks at the edges (any point inside a region, referral arrows, every
// quality and intensity).
TEST_F(BodyMapViewTest, ShowingAMarkChangesNothingAndOneChoiceChangesOnlyThatField) {
    painpace::testing::RandomEntries entries(20261206);
    for (int round = 0; round < 40; ++round) {
        QList<PainMark> marks;
        while (marks.isEmpty())
            marks = entries.marks();
        saveDaysAgo(0, marks);
        const CheckIn stored = today().last();
        chooseStored(1);
        ASSERT_EQ(m_view->targetChoice()->currentIndex(), 1);
        const int markIntensityBefore = DiarySettings(*m_db).markIntensity();
        const int index = entries.pick(0, int(marks.size()) - 1);
        const PainMark& mark = marks[index];
        mark.view == BodyView::Back ? m_view->showBack() : m_view->showFront();
        QTest::mouseClick(map(), Qt::LeftButton, {}, onMap(mark.point));
        const int selected = map()->selectedMark();
        ASSERT_GE(selected, 0) << round;
        EXPECT_EQ(m_undo.count(), 0);
        EXPECT_EQ(*CheckInRepository(*m_db).findByUuid(stored.uuid), stored);
        EXPECT_EQ(DiarySettings(*m_db).markIntensity(), markIntensityBefore);

        QList<PainMark> expected = marks;
        PainMark& changed = expected[selected];
        switch (entries.pick(0, 2)) {
        case 0:
            changed.intensity = (changed.intensity + 3) % 11;
            QTest::mouseClick(m_view->editor()->intensity()->button(changed.intensity),
                              Qt::LeftButton);
            break;
        case 1: {
            changed.quality = static_cast<PainQuality>((static_cast<int>(changed.quality) + 1) %
                                                       int(kPainQualityCodes.size()));
            QComboBox* quality = m_view->editor()->quality();
            const int item = quality->findData(static_cast<int>(changed.quality));
            quality->setCurrentIndex(item);
            emit quality->activated(item);
            break;
        }
        default:
            changed.triggerPoint = !changed.triggerPoint;
            m_view->editor()->triggerPoint()->click();
            break;
        }
        CheckIn after = stored;
        after.marks = expected;
        EXPECT_EQ(*CheckInRepository(*m_db).findByUuid(stored.uuid), after) << round;
        EXPECT_EQ(m_undo.count(), 1);
        m_undo.undo();
        EXPECT_EQ(*CheckInRepository(*m_db).findByUuid(stored.uuid), stored) << round;
        m_undo.clear();
        CheckInRepository(*m_db).remove(stored.id);
    }
}
