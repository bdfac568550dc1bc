// Marks made on the body map belong to the check-in being filled in on Today, across both
// views, the save, undo and redo, drafts and the question on closing. The map never creates a
// check-in the person did not save.
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include "bodymap/bodymapgeometry.h"
#include "bodymap/bodymapview.h"
#include "bodymap/bodymapwidget.h"
#include "edit/draftkeeper.h"
#include "edit/editstack.h"
#include "mainwindow/mainwindow.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "support/qtprinters.h"
#include "today/painscalebuttons.h"
#include "today/todayview.h"

using namespace painpace;

namespace {

const QStringList kRegions{QStringLiteral("back.lumbar.left"), QStringLiteral("back.calf.left"),
                           QStringLiteral("back.trapezius.left"), QStringLiteral("back.head")};

class MarksJourneyTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        open(window, path());
    }
    void open(MainWindow& each, const QString& diary) {
        each.setErrorReporter([this](const QString& message) { errors << message; });
        each.resize(1400, 1000);
        each.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&each));
        ASSERT_TRUE(each.openDiary(diary)) << errors.join(QLatin1Char('\n')).toStdString();
        // The pages are shown by the event loop, as in the running app; clicks on widgets never
        // shown would land on a layout that was never made.
        ASSERT_TRUE(QTest::qWaitFor([&each] { return each.pages()->isVisible(); }));
    }
    QString path() const { return dir.filePath(QStringLiteral("diary.sqlite")); }

    BodyMapView* map() const { return window.bodyMapView(); }
    TodayView* today() const { return window.todayView(); }
    void mark(const QString& region) {
        window.pages()->setCurrentWidget(map());
        const QPointF anchor = BodyMapGeometry::forView(BodyView::Back).shapeOf(region)->anchor;
        QTest::mouseClick(map()->map(), Qt::LeftButton, {},
                          map()->map()->toWidget(anchor).toPoint());
    }
    void saveOnToday(int pain) {
        window.pages()->setCurrentWidget(today());
        QTest::mouseClick(today()->painScale()->button(pain), Qt::LeftButton);
        QTest::mouseClick(today()->saveButton(), Qt::LeftButton);
    }
    QList<CheckIn> stored() const {
        return CheckInRepository(*window.database()).between(QDate(2000, 1, 1), QDate(2100, 1, 1));
    }
    static QStringList regionsOf(const QList<PainMark>& marks) {
        QStringList regions;
        for (const PainMark& each : marks)
            regions << each.regionCode;
        return regions;
    }

    QTemporaryDir dir;
    MainWindow window;
    QStringList errors;
};

} // namespace

TEST_F(MarksJourneyTest, AMarkMadeBeforeTodaysSaveGoesWithThatCheckIn) {
    mark(kRegions[0]);
    mark(kRegions[1]);
    EXPECT_TRUE(stored().isEmpty()); // no check-in the person did not save
    EXPECT_EQ(today()->bodyMapButton()->text(), QStringLiteral("Mark &where it hurts… (2 marked)"));
    saveOnToday(7);

    const QList<CheckIn> entries = stored();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].pain, 7); // the person's number, not a mark's
    EXPECT_EQ(regionsOf(entries[0].marks), (QStringList{kRegions[0], kRegions[1]}));
    EXPECT_TRUE(today()->feedback().startsWith(QStringLiteral("Saved pain 7 at ")));
    EXPECT_TRUE(today()->feedback().contains(QStringLiteral("with 2 body-map marks")));
    // The next check-in starts with no marks.
    EXPECT_EQ(today()->bodyMapButton()->text(), QStringLiteral("Mark &where it hurts…"));
    EXPECT_TRUE(map()->marks().isEmpty());
    EXPECT_FALSE(today()->hasUnsavedInput());
}

// A day without a check-in: the first mark used to start one with the mark's intensity as its
// pain, beside the 7 still unsaved on Today.
TEST_F(MarksJourneyTest, MarkingWhileTodayHoldsAnUnsavedNumberMakesOneCheckInNotTwo) {
    window.pages()->setCurrentWidget(today());
    QTest::mouseClick(today()->painScale()->button(7), Qt::LeftButton);
    mark(kRegions[2]);
    EXPECT_TRUE(stored().isEmpty());
    window.pages()->setCurrentWidget(today());
    QTest::mouseClick(today()->saveButton(), Qt::LeftButton);
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored()[0].pain, 7);
    EXPECT_EQ(regionsOf(stored()[0].marks), QStringList{kRegions[2]});
}

TEST_F(MarksJourneyTest, UnsavedMarksAreAskedAboutAndSurviveACrash) {
    mark(kRegions[3]);
    EXPECT_TRUE(today()->hasUnsavedInput());
    QStringList asked;
    window.setUnsavedInputQuestion([&asked](const QStringList& unsaved) {
        asked = unsaved;
        return MainWindow::UnsavedChoice::Cancel;
    });
    EXPECT_FALSE(window.close());
    EXPECT_EQ(asked, QStringList{QStringLiteral("your new check-in (Today)")});
    QTest::qWait(DraftKeeper::kDelayMs + 300); // kept within a second, like typing

    // What a crash leaves on disk now, opened as the next start would open it.
    const QString copy = dir.filePath(QStringLiteral("after-crash.sqlite"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        if (QFile::exists(path() + suffix)) {
            ASSERT_TRUE(QFile::copy(path() + suffix, copy + suffix));
        }
    }
    MainWindow again;
    open(again, copy);
    ASSERT_EQ(again.bodyMapView()->marks().size(), 1);
    EXPECT_EQ(again.bodyMapView()->marks()[0].regionCode, kRegions[3]);
    QTest::mouseClick(again.todayView()->painScale()->button(4), Qt::LeftButton);
    QTest::mouseClick(again.todayView()->saveButton(), Qt::LeftButton);
    const QList<CheckIn> entries =
        CheckInRepository(*again.database()).between(QDate::currentDate(), QDate::currentDate());
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(regionsOf(entries[0].marks), QStringList{kRegions[3]});
    window.setUnsavedInputQuestion(
        [](const QStringList&) { return MainWindow::UnsavedChoice::Discard; });
}

// Undo goes back through the marks of a saved check-in, its save, and the marks made before the
// save, in that order; redo forward again.
TEST_F(MarksJourneyTest, UndoAndRedoWalkThroughMarksBeforeAndAfterTheSave) {
    mark(kRegions[0]);
    saveOnToday(4);
    ASSERT_EQ(stored().size(), 1);
    window.pages()->setCurrentWidget(map());
    map()->reload();
    map()->targetChoice()->setCurrentIndex(1);
    emit map()->targetChoice()->activated(1);
    ASSERT_TRUE(map()->marksStoredCheckIn());
    mark(kRegions[1]);
    EXPECT_EQ(regionsOf(stored()[0].marks), (QStringList{kRegions[0], kRegions[1]}));

    EditStack& undo = window.undoStack();
    undo.undo(); // the mark added to the saved check-in
    EXPECT_EQ(regionsOf(stored()[0].marks), QStringList{kRegions[0]});
    undo.undo(); // the save
    EXPECT_TRUE(stored().isEmpty());
    undo.undo(); // the mark made before the save: its check-in is gone, so it says so
    EXPECT_EQ(errors.size(), 1);
    EXPECT_TRUE(stored().isEmpty());
    undo.redo(); // the save again, with the mark it had
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(regionsOf(stored()[0].marks), QStringList{kRegions[0]});
    undo.redo();
    EXPECT_EQ(regionsOf(stored()[0].marks), (QStringList{kRegions[0], kRegions[1]}));
    EXPECT_FALSE(undo.canRedo());
}

namespace {

// What the person should find after each step, as plain lists: the marks of the check-in being
// filled in (generation `current`), the marks of each saved one by generation, and the undo
// stack, whose steps a failing undo or redo drops as the window's stack does.
struct MarksModel {
    struct Step {
        bool save = false;
        int generation = 0;
        QStringList before;
        QStringList after;
    };
    int current = 0;
    QStringList pending;
    QMap<int, QStringList> saved;
    QList<Step> steps;
    int index = 0;

    bool hold(int generation, const QStringList& marks) {
        if (generation == current)
            pending = marks;
        else if (saved.contains(generation))
            saved[generation] = marks;
        else
            return false;
        return true;
    }
    void push(const Step& step) {
        steps.resize(index);
        steps << step;
        ++index;
    }
    void mark(const QString& region) {
        push({false, current, pending, pending + QStringList{region}});
        pending << region;
    }
    void save() {
        push({true, current, {}, pending});
        saved.insert(current, pending);
        ++current;
        pending.clear();
    }
    void undo() {
        const Step step = steps[index - 1];
        const bool done =
            step.save ? (saved.remove(step.generation), true) : hold(step.generation, step.before);
        if (!done)
            steps.removeAt(index - 1);
        --index;
    }
    void redo() {
        const Step step = steps[index];
        const bool done = step.save ? (saved.insert(step.generation, step.after), true)
                                    : hold(step.generation, step.after);
        if (done)
            ++index;
        else
            steps.removeAt(index);
    }
};

} // namespace

// Seeded random walks through marking, saving, undo and redo, checked after every step against
// the plain model above: the map shows the model's marks for the check-in being filled in, the
// diary holds exactly the model's saved check-ins with their marks, and nothing else.
TEST_F(MarksJourneyTest, RandomWalksKeepEveryMarkWhereTheModelHasIt) {
    for (quint32 seed = 1; seed <= 10; ++seed) {
        QRandomGenerator random(seed);
        window.undoStack().clear();
        today()->discardInput();
        for (const CheckIn& each : stored())
            CheckInRepository(*window.database()).remove(each.id);
        MarksModel model;
        QHash<QUuid, int> generationOf;
        QStringList history;
        for (int step = 0; step < 40; ++step) {
            const int action = random.bounded(10);
            if (action < 5) {
                const QString region = kRegions[random.bounded(kRegions.size())];
                if (model.pending.contains(region))
                    continue;
                mark(region);
                model.mark(region);
                history << region;
            } else if (action < 7) {
                const QSet<QUuid> before(generationOf.keyBegin(), generationOf.keyEnd());
                saveOnToday(random.bounded(11));
                for (const CheckIn& each : stored()) {
                    if (!before.contains(each.uuid))
                        generationOf.insert(each.uuid, model.current);
                }
                model.save();
                history << QStringLiteral("save");
            } else if (action < 9 && window.undoStack().canUndo()) {
                window.undoStack().undo();
                model.undo();
                history << QStringLiteral("undo");
            } else if (action == 9 && window.undoStack().canRedo()) {
                window.undoStack().redo();
                model.redo();
                history << QStringLiteral("redo");
            }
            const std::string where = "seed " + std::to_string(seed) + ", step " +
                                      std::to_string(step) + ": " +
                                      history.join(QStringLiteral(", ")).toStdString();
            ASSERT_EQ(window.undoStack().count(), model.steps.size()) << where;
            ASSERT_EQ(window.undoStack().index(), model.index) << where;
            ASSERT_EQ(regionsOf(map()->marks()), model.pending) << where;
            QMap<int, QStringList> actual;
            for (const CheckIn& each : stored()) {
                ASSERT_TRUE(generationOf.contains(each.uuid)) << where << ": a check-in not saved";
                actual.insert(generationOf.value(each.uuid), regionsOf(each.marks));
            }
            ASSERT_EQ(actual, model.saved) << where;
        }
    }
}
