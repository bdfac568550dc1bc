// Every Alt+letter does one thing: within the main window, the menus, the tabs and the fields
// and buttons of the page in front have different mnemonics, on every page. A clash makes the
// first press go somewhere the person did not mean (Alt+E opened the Edit menu, not Entries).
#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWizard>

#include <gtest/gtest.h>

#include "calendar/calendarview.h"
#include "diary/checkineditor.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/navigationbutton.h"
#include "mainwindow/navigationsidebar.h"
#include "mainwindow/nodiarypage.h"
#include "mainwindow/viewframe.h"
#include "pacing/planwizard.h"
#include "reminders/remindersdialog.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/diarybackups.h"
#include "support/sampleentries.h"
#include "support/tempdiary.h"
#include "today/todayview.h"
#include "trials/trialwizard.h"

using namespace painpace;

namespace {

// The letter after a single '&' ("&&" is a plain ampersand), lower-cased; none without one.
QChar mnemonicOf(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

using Mnemonics = QMultiMap<QChar, QString>;

void add(Mnemonics& found, const QString& text, const QString& where) {
    if (const QChar letter = mnemonicOf(text); !letter.isNull())
        found.insert(letter, where + QStringLiteral(" \"") + text + QLatin1Char('"'));
}

// The buttons, labelled fields and checkable boxes the person can see inside `root`.
void addShownIn(QWidget* root, Mnemonics& found) {
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (button->isVisible())
            add(found, button->text(), QStringLiteral("button"));
    }
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (label->isVisible() && label->buddy())
            add(found, label->text(), QStringLiteral("label"));
    }
    for (QGroupBox* box : root->findChildren<QGroupBox*>()) {
        if (box->isVisible() && box->isCheckable())
            add(found, box->title(), QStringLiteral("box"));
    }
}

// What each mnemonic does on the page in front, in words.
Mnemonics mnemonicsInFront(MainWindow& window) {
    Mnemonics found;
    for (QAction* menu : window.menuBar()->actions())
        add(found, menu->text(), QStringLiteral("menu"));
    if (QTabWidget* pages = window.pages()) {
        // The views' letters are the sidebar's (docs/design.md, "Navigation").
        NavigationSidebar* sidebar = window.viewFrame()->sidebar();
        for (int place = 0; place < sidebar->count(); ++place)
            add(found, sidebar->button(place)->text(), QStringLiteral("view"));
        addShownIn(pages->currentWidget(), found);
    } else {
        addShownIn(window.centralWidget(), found);
    }
    return found;
}

// Each letter that does more than one thing, in words; empty when every letter does one.
std::string clashes(const Mnemonics& found) {
    QStringList clashing;
    for (const QChar letter : found.uniqueKeys()) {
        if (found.count(letter) > 1)
            clashing << QStringLiteral("Alt+%1: %2")
                            .arg(letter)
                            .arg(found.values(letter).join(QStringLiteral(", ")));
    }
    return clashing.join(QStringLiteral("; ")).toStdString();
}

// The main window, shown, active and open on a new diary.
class MainWindowKeysTest : public ::testing::Test {
protected:
    void SetUp() override {
        window.resize(1400, 1000);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
        ASSERT_TRUE(window.openDiary(dir.filePath(QStringLiteral("diary.sqlite"))));
    }

    QTemporaryDir dir;
    MainWindow window;
};

} // namespace

TEST_F(MainWindowKeysTest, EveryAltLetterDoesOneThingOnEveryPage) {
    for (int page = 0; page < window.pages()->count(); ++page) {
        window.pages()->setCurrentIndex(page);
        QApplication::processEvents();
        EXPECT_EQ(clashes(mnemonicsInFront(window)), "")
            << "on " << window.pages()->tabText(page).toStdString();
    }
}

// Today with its optional fields open: the whole check-in on one page.
TEST_F(MainWindowKeysTest, EveryAltLetterDoesOneThingOnTodayWithEverythingOpen) {
    window.pages()->setCurrentWidget(window.todayView());
    window.todayView()->moreButton()->setChecked(true);
    QApplication::processEvents();
    EXPECT_EQ(clashes(mnemonicsInFront(window)), "");
}

// Without a diary (this one is damaged and has a backup): the page that offers the ways on.
TEST(MnemonicsWithoutADiaryTest, EveryAltLetterDoesOneThingOnTheNoDiaryPage) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    {
        auto db = Database::openFile(path);
        QList<CheckIn> entries;
        for (int day = 0; day < 40; ++day)
            entries.append(
                painpace::testing::minimalCheckIn(day % 11, QDate(2026, 1, 1).addDays(day)));
        CheckInRepository(*db).saveAll(entries);
        DiaryBackups(*db).backUpNow(QDateTime(QDate(2026, 3, 14), QTime(8, 0)));
    }
    ASSERT_TRUE(painpace::testing::damageDiaryFile(path));
    MainWindow window;
    window.setErrorReporter([](const QString&) {});
    QTimer::singleShot(0, [] {
        if (QWidget* dialog = QApplication::activeModalWidget())
            dialog->close(); // declines the restore: the page stays
    });
    ASSERT_EQ(window.openAtStart(path), MainWindow::StartOutcome::Ready);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_NE(window.noDiaryPage(), nullptr);
    ASSERT_TRUE(window.noDiaryPage()->restoreButton()->isVisible());
    const Mnemonics found = mnemonicsInFront(window);
    EXPECT_EQ(found.size(), 8); // four menus and four buttons
    EXPECT_EQ(clashes(found), "");
}

// The editors that take the place of a page's list: the Calendar's check-in for another time,
// whose date and time fields are not on any other page.
TEST_F(MainWindowKeysTest, EveryAltLetterDoesOneThingInTheCalendarsEditor) {
    window.pages()->setCurrentWidget(window.calendarView());
    window.calendarView()->composeFor(QDate::currentDate().addDays(-1));
    QApplication::processEvents();
    ASSERT_TRUE(window.calendarView()->editor()->isVisible());
    EXPECT_EQ(clashes(mnemonicsInFront(window)), "");
}

// The dialogs too: each page of the wizards (with their Back, Next and Finish), and the
// reminders.
TEST(MnemonicsTest, EveryAltLetterDoesOneThingInEveryDialogPage) {
    PlanWizard plan;
    TrialWizard trial({});
    for (QWizard* wizard : std::initializer_list<QWizard*>{&plan, &trial}) {
        wizard->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(wizard));
        for (int step = 0; step < wizard->pageIds().size(); ++step) {
            Mnemonics found;
            addShownIn(wizard, found);
            EXPECT_EQ(clashes(found), "")
                << wizard->windowTitle().toStdString() << ", page " << wizard->currentId();
            wizard->next();
        }
    }
    RemindersDialog reminders;
    reminders.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&reminders));
    Mnemonics found;
    addShownIn(&reminders, found);
    EXPECT_EQ(clashes(found), "");
}

// Ctrl+Tab goes to the next page and Ctrl+Shift+Tab to the one before from wherever the focus
// is, a table or a chart included (it used to stay on Charts, turning the table's cells).
TEST_F(MainWindowKeysTest, CtrlTabGoesThroughEveryPageFromAnyField) {
    QTabWidget* pages = window.pages();
    for (int page = 0; page < pages->count(); ++page) {
        pages->setCurrentIndex(page);
        QApplication::processEvents();
        QList<QWidget*> fields;
        for (QWidget* each : pages->currentWidget()->findChildren<QWidget*>()) {
            if (each->isVisible() && each->isEnabled() && (each->focusPolicy() & Qt::TabFocus))
                fields << each;
        }
        for (QWidget* field : fields) {
            pages->setCurrentIndex(page);
            field->setFocus(Qt::TabFocusReason);
            QApplication::processEvents();
            QWidget* focused = QApplication::focusWidget();
            ASSERT_NE(focused, nullptr);
            QTest::keyClick(focused, Qt::Key_Tab, Qt::ControlModifier);
            EXPECT_EQ(pages->currentIndex(), (page + 1) % pages->count())
                << "from " << field->metaObject()->className() << " on "
                << pages->tabText(page).toStdString();
            QWidget* now = QApplication::focusWidget() ? QApplication::focusWidget() : pages;
            QTest::keyClick(now, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
            EXPECT_EQ(pages->currentIndex(), page);
        }
    }
}
