#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>
#include <random>

#include "diary/checkindetailsform.h"
#include "diary/scorescale.h"
#include "edit/diaryedits.h"
#include "edit/editstack.h"
#include "entries/entriesview.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/restoredialog.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/diarybackups.h"
#include "support/sampleentries.h"
#include "support/screenshots.h"
#include "today/painscalebuttons.h"
#include "today/todayview.h"

using namespace painpace;

namespace {

QStringList menuTitles(QMainWindow& window) {
    QStringList titles;
    for (QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

QStringList actionTexts(QMainWindow& window, int menu) {
    QStringList texts;
    for (QAction* action : window.menuBar()->actions()[menu]->menu()->actions()) {
        if (!action->isSeparator())
            texts << action->text();
    }
    return texts;
}

} // namespace

class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_window.setErrorReporter([this](const QString& message) { m_errors << message; });
    }
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QTemporaryDir m_dir;
    MainWindow m_window;
    QStringList m_errors;
};

TEST_F(MainWindowTest, HasFileEditViewAndHelpMenusWithTheirActions) {
    EXPECT_EQ(menuTitles(m_window),
              (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"),
                           QStringLiteral("&View"), QStringLiteral("&Help")}));
    EXPECT_EQ(actionTexts(m_window, 0),
              (QStringList{QStringLiteral("&New diary…"), QStringLiteral("&Open diary…"),
                           QStringLiteral("Open &demo diary"), QStringLiteral("&Export"),
                           QStringLiteral("&Import…"), QStringLiteral("&Restore from backup…"),
                           QStringLiteral("Re&port for your doctor…"), QStringLiteral("&Quit")}));
    EXPECT_EQ(actionTexts(m_window, 2), QStringList{QStringLiteral("&Theme")});
    EXPECT_EQ(actionTexts(m_window, 3),
              (QStringList{QStringLiteral("PainPace &guide"), QStringLiteral("&Tour of PainPace"),
                           QStringLiteral("&About PainPace")}));
}

TEST_F(MainWindowTest, OpeningADiaryShowsItsPathInTheStatusBar) {
    ASSERT_TRUE(m_window.openDiary(path("mine.sqlite")));
    EXPECT_TRUE(m_window.statusText().contains(path("mine.sqlite")));
    EXPECT_TRUE(m_window.statusText().contains(QStringLiteral("0 check-ins")));
    EXPECT_TRUE(m_window.windowTitle().startsWith(QStringLiteral("mine.sqlite")));
}

TEST_F(MainWindowTest, TheDaysBackupIsMadeOnceAfterTheDiaryOpens) {
    ASSERT_TRUE(m_window.openDiary(path("mine.sqlite")));
    const QDir backups(path("mine-backups"));
    EXPECT_FALSE(backups.exists()); // not before the window is up
    QTest::qWait(MainWindow::kBackupDelayMs + 500);
    EXPECT_EQ(backups.entryList(QDir::Files).size(), 1);
    EXPECT_EQ(m_window.statusBar()->currentMessage(),
              QStringLiteral("Today's backup is saved and checked."));
    m_window.backUpIfDue();
    EXPECT_EQ(backups.entryList(QDir::Files).size(), 1); // one a day
}

TEST_F(MainWindowTest, AStatusMessageHasRoomBesideTheDiarysNameAtTheSmallestSize) {
    ASSERT_TRUE(m_window.openDiary(path("mine.sqlite")));
    m_window.resize(m_window.minimumSize());
    m_window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_window));
    m_window.backUpIfDue();
    const QString message = m_window.statusBar()->currentMessage();
    ASSERT_EQ(message, QStringLiteral("Today's backup is saved and checked."));
    QWidget* diaryName = nullptr;
    for (QLabel* child : m_window.statusBar()->findChildren<QLabel*>()) {
        if (child->isVisible() &&
            child->text() ==
                QStringLiteral("Diary: %1 —").arg(QDir::toNativeSeparators(path("mine.sqlite"))))
            diaryName = child;
    }
    ASSERT_NE(diaryName, nullptr);
    EXPECT_GE(diaryName->x(), m_window.statusBar()->fontMetrics().horizontalAdvance(message));
}

// The count sits in a label of fixed size beside the diary's name (so a save repaints only the
// count); the size must still hold the whole text as the count gains digits and loses them again.
TEST_F(MainWindowTest, TheDiarysNameAndCountAreNeverCutAsTheCountGrowsAndShrinks) {
    ASSERT_TRUE(m_window.openDiary(path("mine.sqlite")));
    m_window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_window));
    QLabel* label = nullptr;
    QLabel* name = nullptr;
    for (QLabel* child : m_window.statusBar()->findChildren<QLabel*>()) {
        if (child->text() == QStringLiteral("0 check-ins"))
            label = child;
        if (child->text().startsWith(QStringLiteral("Diary: ")))
            name = child;
    }
    ASSERT_NE(label, nullptr);
    ASSERT_NE(name, nullptr);
    EXPECT_GE(name->width(), name->sizeHint().width());
    const int openedWidth = label->width();
    DiaryEdits edits(*m_window.database(), m_window.undoStack());
    QList<CheckIn> saved;
    // It opens at "0 check-ins" with room for two more digits: the thousandth check-in outgrows it.
    for (int count = 1; count <= 1001; ++count) {
        saved.append(edits.saveCheckIn(std::nullopt, painpace::testing::minimalCheckIn(count % 11),
                                       QStringLiteral("add")));
        QApplication::processEvents();
        ASSERT_EQ(m_window.statusText(), QStringLiteral("Diary: %1 — %2 check-in%3")
                                             .arg(QDir::toNativeSeparators(path("mine.sqlite")))
                                             .arg(count)
                                             .arg(count == 1 ? QString() : QStringLiteral("s")));
        ASSERT_GE(label->width(), label->sizeHint().width()) << "at " << count;
        ASSERT_GE(label->geometry().right(), label->x() + label->sizeHint().width() - 1);
        ASSERT_GT(label->x(), name->geometry().right()) << "at " << count; // side by side
    }
    EXPECT_GT(label->width(), openedWidth); // it grew with the fourth digit
    for (int i = 0; i < 995; ++i)
        edits.deleteCheckIn(saved.takeLast());
    QApplication::processEvents();
    EXPECT_TRUE(m_window.statusText().endsWith(QStringLiteral("— 6 check-ins")));
    EXPECT_GE(label->width(), label->sizeHint().width());
}

namespace {
// Counts the paint events one widget receives.
class PaintCount : public QObject {
public:
    explicit PaintCount(QWidget* widget) { widget->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override {
        count += event->type() == QEvent::Paint ? 1 : 0;
        return false;
    }
};
} // namespace

// A save changes the count and nothing else in the status bar: the count's label is opaque, so
// neither the status bar nor the window under it is painted again (docs/architecture.md, "Speed").
TEST_F(MainWindowTest, ANewCountRepaintsTheCountAloneNotTheStatusBar) {
    ASSERT_TRUE(m_window.openDiary(path("mine.sqlite")));
    m_window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_window));
    m_window.statusBar()->clearMessage();
    QApplication::processEvents();
    QLabel* count = nullptr;
    for (QLabel* child : m_window.statusBar()->findChildren<QLabel*>()) {
        if (child->text() == QStringLiteral("0 check-ins"))
            count = child;
    }
    ASSERT_NE(count, nullptr);
    PaintCount bar(m_window.statusBar());
    PaintCount label(count);
    DiaryEdits(*m_window.database(), m_window.undoStack())
        .saveCheckIn(std::nullopt, painpace::testing::minimalCheckIn(3), QStringLiteral("a"));
    QApplication::processEvents();
    EXPECT_EQ(count->text(), QStringLiteral("1 check-in"));
    EXPECT_GE(label.count, 1);
    EXPECT_EQ(bar.count, 0);
}

TEST_F(MainWindowTest, RestoringABackupCanItselfBeUndoneByRestoringTheSafetyCopy) {
    ASSERT_TRUE(m_window.openDiary(path("mine.sqlite")));
    CheckIn first = painpace::testing::minimalCheckIn(4);
    CheckInRepository(*m_window.database()).save(first);
    const QString backup =
        DiaryBackups(*m_window.database()).backUpNow(QDateTime::currentDateTime().addSecs(-3600));
    CheckIn second = painpace::testing::minimalCheckIn(6, QDate(2026, 3, 15));
    CheckInRepository(*m_window.database()).save(second);

    ASSERT_TRUE(m_window.restoreFromBackup(backup));
    EXPECT_EQ(CheckInRepository(*m_window.database()).count(), 1);
    EXPECT_TRUE(m_window.statusText().endsWith(QStringLiteral("1 check-in")));
    const QList<BackupFile> backups = DiaryBackups(*m_window.database()).list();
    ASSERT_EQ(backups.size(), 2); // the chosen copy and the safety copy of what was there
    EXPECT_EQ(DiaryBackups::entryCount(backups.first().path), 2);

    RestoreDialog dialog(backups, &m_window);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_TRUE(dialog.list()->item(0)->text().endsWith(QStringLiteral("2 check-ins")));
    EXPECT_TRUE(dialog.list()->item(1)->text().endsWith(QStringLiteral("1 check-in")));
    EXPECT_EQ(dialog.chosenPath(), backups.first().path);
    EXPECT_FALSE(
        painpace::testing::saveScreenshot(dialog, QStringLiteral("restore-dialog")).isEmpty());
    dialog.close();

    ASSERT_TRUE(m_window.restoreFromBackup(backups.first().path));
    EXPECT_EQ(CheckInRepository(*m_window.database()).count(), 2);
}

// A restore is an edit: Edit ▸ Undo takes it back and Redo brings it again, the diary stays open
// with its views, and the edits made before the restore can still be undone after it.
TEST_F(MainWindowTest, ARestoreIsOneStepThatUndoTakesBackAndTheEditsBeforeItStayUndoable) {
    ASSERT_TRUE(m_window.openDiary(path("mine.sqlite")));
    const Database* opened = m_window.database();
    DiaryEdits edits(*m_window.database(), m_window.undoStack());
    const CheckIn first =
        edits.saveCheckIn(std::nullopt, painpace::testing::minimalCheckIn(4), QStringLiteral("a"));
    const QDateTime taken(QDate(2026, 3, 14), QTime(9, 30));
    const QString backup = DiaryBackups(*m_window.database()).backUpNow(taken);
    // The second entry is saved on Today, which then says so.
    m_window.todayView()->painScale()->button(6)->click();
    m_window.todayView()->saveButton()->click();
    const auto second = CheckInRepository(*m_window.database()).latest();
    ASSERT_TRUE(second && second->pain == 6);
    ASSERT_TRUE(m_window.todayView()->feedback().startsWith(QStringLiteral("Saved pain 6 at ")));
    CheckIn changed = first;
    changed.pain = 9;
    edits.saveCheckIn(first, changed, QStringLiteral("c"));
    const CheckInRepository checkIns(*m_window.database());

    ASSERT_TRUE(m_window.restoreFromBackup(backup))
        << m_errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(m_window.database(), opened); // the same open diary, no reopening
    EXPECT_EQ(checkIns.count(), 1);
    EXPECT_EQ(checkIns.findByUuid(first.uuid)->pain, 4);
    const QString when = RestoreDialog::takenText(taken);
    EXPECT_EQ(m_window.undoStack().undoText(),
              QStringLiteral("Restore the backup of %1").arg(when));
    EXPECT_EQ(m_window.statusBar()->currentMessage(),
              QStringLiteral("Backup restored: 2 entries changed. Undo takes it back."));
    // Today's message about the last save follows the restore, and its undo.
    EXPECT_TRUE(m_window.todayView()->feedback().endsWith(
        QStringLiteral("is taken out of the diary. The Edit menu brings it back.")));
    QApplication::processEvents();
    EXPECT_TRUE(m_window.statusText().endsWith(QStringLiteral(" 1 check-in")));

    m_window.undoStack().undo();
    EXPECT_TRUE(m_window.statusBar()->currentMessage().isEmpty()); // it spoke of the restore
    EXPECT_EQ(checkIns.count(), 2);
    EXPECT_EQ(checkIns.findByUuid(first.uuid)->pain, 9);
    ASSERT_TRUE(checkIns.findByUuid(second->uuid).has_value());
    EXPECT_TRUE(m_window.todayView()->feedback().startsWith(QStringLiteral("Saved pain 6 at ")));
    QApplication::processEvents();
    EXPECT_TRUE(m_window.statusText().endsWith(QStringLiteral(" 2 check-ins")));
    m_window.undoStack().redo();
    EXPECT_EQ(checkIns.count(), 1);
    m_window.undoStack().undo();
    // Restoring a backup that holds what the diary holds is no step to undo, and the restore
    // just undone can still be redone.
    const int steps = m_window.undoStack().count();
    const QString same = DiaryBackups(*m_window.database()).backUpNow(taken.addDays(1));
    ASSERT_TRUE(m_window.restoreFromBackup(same));
    EXPECT_EQ(m_window.undoStack().count(), steps);
    EXPECT_EQ(m_window.statusBar()->currentMessage(),
              QStringLiteral("That backup holds what your diary holds: nothing changed."));
    EXPECT_TRUE(m_window.undoStack().canRedo());
    m_window.undoStack().undo(); // the change of the first entry
    EXPECT_EQ(checkIns.findByUuid(first.uuid)->pain, 4);
    m_window.undoStack().undo();
    m_window.undoStack().undo();
    EXPECT_EQ(checkIns.count(), 0);
    EXPECT_TRUE(m_errors.isEmpty());
}

TEST_F(MainWindowTest, AFileThatCannotBeOpenedIsReportedAndThePreviousDiaryStays) {
    ASSERT_TRUE(m_window.openDiary(path("mine.sqlite")));
    QFile text(path("notes.txt"));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("shopping list");
    text.close();
    EXPECT_FALSE(m_window.openDiary(path("notes.txt")));
    ASSERT_EQ(m_errors.size(), 1);
    EXPECT_TRUE(m_errors[0].contains(QStringLiteral("not a PainPace diary")));
    EXPECT_EQ(m_window.database()->path(), path("mine.sqlite"));
}

TEST_F(MainWindowTest, TheDemoDiaryOpensWithAYearOfEntries) {
    ASSERT_TRUE(m_window.openDemoDiary()) << m_errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_GT(CheckInRepository(*m_window.database()).count(), 300);
    EXPECT_TRUE(m_window.database()->path().endsWith(QStringLiteral("demo-diary.sqlite")));
}

TEST_F(MainWindowTest, WindowGeometryIsRememberedOnClose) {
    QSettings().remove(QStringLiteral("window"));
    m_window.resize(900, 650);
    m_window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_window));
    m_window.close();
    MainWindow second;
    EXPECT_EQ(second.size(), QSize(900, 650));
}

TEST_F(MainWindowTest, ScreenshotsOfTheFirstStartInLightAndDark) {
    ASSERT_TRUE(m_window.openDiary(path("first.sqlite")));
    m_window.resize(1000, 700);
    for (const auto& [name, palette] : {std::pair{QStringLiteral("mainwindow-first-start-light"),
                                                  painpace::testing::lightPalette()},
                                        std::pair{QStringLiteral("mainwindow-first-start-dark"),
                                                  painpace::testing::darkPalette()}}) {
        painpace::testing::ScopedAppPalette scoped(palette);
        m_window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_window));
        EXPECT_FALSE(painpace::testing::saveScreenshot(m_window, name).isEmpty());
    }
}

TEST_F(MainWindowTest, ClosingWithAnUnsavedCheckInCanSaveIt) {
    ASSERT_TRUE(m_window.openDiary(path("mine.sqlite")));
    int asked = 0;
    m_window.setUnsavedInputQuestion([&](const QStringList&) {
        ++asked;
        return MainWindow::UnsavedChoice::Save;
    });
    m_window.show();
    QTest::mouseClick(m_window.todayView()->painScale()->button(4), Qt::LeftButton);
    EXPECT_TRUE(m_window.close());
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(CheckInRepository(*m_window.database()).count(), 1);
}

TEST_F(MainWindowTest, CancelKeepsTheWindowAndTheInputDiscardDropsIt) {
    ASSERT_TRUE(m_window.openDiary(path("mine.sqlite")));
    MainWindow::UnsavedChoice choice = MainWindow::UnsavedChoice::Cancel;
    m_window.setUnsavedInputQuestion([&](const QStringList&) { return choice; });
    m_window.show();
    QTest::mouseClick(m_window.todayView()->painScale()->button(4), Qt::LeftButton);
    EXPECT_FALSE(m_window.close());
    EXPECT_TRUE(m_window.isVisible());
    EXPECT_FALSE(m_window.openDiary(path("other.sqlite"))); // switching diaries asks too
    EXPECT_EQ(m_window.database()->path(), path("mine.sqlite"));
    choice = MainWindow::UnsavedChoice::Discard;
    EXPECT_TRUE(m_window.close());
    EXPECT_EQ(CheckInRepository(*m_window.database()).count(), 0);
}

TEST_F(MainWindowTest, NothingEnteredMeansNoQuestion) {
    ASSERT_TRUE(m_window.openDiary(path("mine.sqlite")));
    int asked = 0;
    m_window.setUnsavedInputQuestion([&](const QStringList&) {
        ++asked;
        return MainWindow::UnsavedChoice::Cancel;
    });
    m_window.show();
    EXPECT_TRUE(m_window.close());
    EXPECT_EQ(asked, 0);
}

TEST_F(MainWindowTest, AtTheSmallestSizeTheFullEntryScrollsRatherThanSquashes) {
    ASSERT_TRUE(m_window.openDiary(path("small.sqlite")));
    m_window.resize(m_window.minimumSize());
    m_window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_window));
    QTest::mouseClick(m_window.todayView()->moreButton(), Qt::LeftButton);
    QCoreApplication::processEvents();
    // Every field keeps a usable height; the page scrolls instead.
    EXPECT_GE(m_window.todayView()->details()->fatigue()->height(), 20);
    EXPECT_GE(m_window.todayView()->saveButton()->height(), 40);
    // Nothing runs off to the side: the buttons under the scale take two rows here.
    auto* page = m_window.todayView()->findChild<QScrollArea*>();
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->horizontalScrollBar()->maximum(), 0);
    EXPECT_GT(m_window.todayView()->bodyMapButton()->y(), m_window.todayView()->moreButton()->y());
    painpace::testing::ScopedAppPalette light(painpace::testing::lightPalette());
    EXPECT_FALSE(
        painpace::testing::saveScreenshot(m_window, QStringLiteral("mainwindow-minimum-size-light"))
            .isEmpty());
}

// Found by a person: with the cursor in Entries' search field, Ctrl+Z did nothing at all.
TEST_F(MainWindowTest, CtrlZInATextFieldWithNothingToUndoUndoesTheLastEdit) {
    ASSERT_TRUE(m_window.openDiary(path("diary.sqlite")));
    m_window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&m_window));
    QTest::mouseClick(m_window.todayView()->painScale()->button(7), Qt::LeftButton);
    QTest::mouseClick(m_window.todayView()->saveButton(), Qt::LeftButton);
    ASSERT_EQ(CheckInRepository(*m_window.database()).count(), 1);

    auto* entries = m_window.findChild<EntriesView*>();
    ASSERT_NE(entries, nullptr);
    m_window.pages()->setCurrentWidget(entries);
    entries->search()->setFocus();
    QApplication::processEvents();
    ASSERT_TRUE(entries->search()->hasFocus());

    // Typing in the field is undone first, as in any text field...
    QTest::keyClicks(entries->search(), QStringLiteral("walk"));
    QTest::keyClick(entries->search(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(entries->search()->text(), QString());
    EXPECT_EQ(CheckInRepository(*m_window.database()).count(), 1);
    // ...and with nothing left to undo there, the keys undo and redo the diary.
    QTest::keyClick(entries->search(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(CheckInRepository(*m_window.database()).count(), 0);
    // Redo goes the same way: the field's own step first, then the diary's.
    QTest::keySequence(entries->search(), QKeySequence(QKeySequence::Redo));
    EXPECT_EQ(entries->search()->text(), QStringLiteral("walk"));
    EXPECT_EQ(CheckInRepository(*m_window.database()).count(), 0);
    QTest::keySequence(entries->search(), QKeySequence(QKeySequence::Redo));
    EXPECT_EQ(CheckInRepository(*m_window.database()).count(), 1);
}

// The status bar's count follows the announcements instead of counting after every save, so it
// is checked against the diary after every step of seeded random adds, edits, deletes, undos,
// redos and an import-like reload.
TEST_F(MainWindowTest, TheStatusBarCountFollowsEverySequenceOfEditsExactly) {
    ASSERT_TRUE(m_window.openDiary(path("mine.sqlite")));
    const Database& db = *m_window.database();
    std::mt19937 random(7);
    auto pick = [&random](int count) {
        return std::uniform_int_distribution<int>(0, count - 1)(random);
    };
    for (int step = 0; step < 200; ++step) {
        DiaryEdits edits(db, m_window.undoStack());
        const QList<CheckIn> all =
            CheckInRepository(db).between(QDate(2026, 3, 14), QDate(2026, 3, 14));
        const int action = all.isEmpty() ? 0 : pick(6);
        if (action == 0) {
            edits.saveCheckIn(std::nullopt, painpace::testing::minimalCheckIn(pick(11)),
                              QStringLiteral("add"));
        } else if (action == 1) {
            const CheckIn before = all[pick(int(all.size()))];
            CheckIn after = before;
            after.pain = pick(11);
            edits.saveCheckIn(before, after, QStringLiteral("edit"));
        } else if (action == 2) {
            edits.deleteCheckIn(all[pick(int(all.size()))]);
        } else if (action == 3) {
            m_window.undoStack().undo();
        } else if (action == 4) {
            m_window.undoStack().redo();
        } else {
            QList<CheckIn> many{painpace::testing::minimalCheckIn(2),
                                painpace::testing::minimalCheckIn(3)};
            CheckInRepository(db).saveAll(many); // announced as a reload
        }
        const int count = CheckInRepository(db).count();
        ASSERT_TRUE(m_window.statusText().endsWith(
            count == 1 ? QStringLiteral("1 check-in") : QStringLiteral("%1 check-ins").arg(count)))
            << "step " << step << ": " << m_window.statusText().toStdString();
    }
}
