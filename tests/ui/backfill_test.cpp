// A missed day filled in, and an entry moved to the time it belongs to: from a Calendar day, from
// Today's button, through the editor's date and time fields, with undo and drafts.
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

#include <gtest/gtest.h>

#include "calendar/calendarview.h"
#include "calendar/paincalendar.h"
#include "common/timeformat.h"
#include "diary/backfill.h"
#include "diary/checkindetailsform.h"
#include "diary/checkineditor.h"
#include "diary/momentfields.h"
#include "diary/spasmtable.h"
#include "edit/editstack.h"
#include "mainwindow/mainwindow.h"
#include "reminders/reminderscheduler.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/draftrepository.h"
#include "support/qtprinters.h"
#include "today/painscalebuttons.h"
#include "today/todayview.h"

using namespace painpace;

namespace {

CheckIn entryAt(const QDate& day, const QTime& time, int pain) {
    CheckIn entry;
    entry.moment = momentAtLocal(day, time);
    entry.pain = pain;
    return entry;
}

class BackfillTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        ReminderScheduler::save(false, QTime(20, 0));
        m_db = Database::openFile(m_dir.filePath(QStringLiteral("diary.sqlite")));
        // Evenings mostly: the usual check-in time is 19:00.
        m_today = QDate::currentDate();
        QList<CheckIn> entries;
        for (int back = 1; back <= 6; ++back) {
            if (back != 4)
                entries << entryAt(m_today.addDays(-back), QTime(19, 10 + back), 5);
        }
        entries << entryAt(m_today.addDays(-2), QTime(8, 5), 4);
        CheckInRepository(*m_db).saveAll(entries);
        m_view = std::make_unique<CalendarView>(*m_db, m_undo);
        m_view->resize(1200, 700);
        m_view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void TearDown() override {
        m_undo.clear();
        m_view.reset();
    }

    CheckInEditor* editor() const { return m_view->editor(); }
    QList<CheckIn> entriesOn(const QDate& day) const {
        return CheckInRepository(*m_db).between(day, day);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    EditStack m_undo;
    std::unique_ptr<CalendarView> m_view;
    QDate m_today;
};

} // namespace

TEST_F(BackfillTest, ANewCheckInOnAMissedDayStartsAtTheUsualTimeAndIsStoredThere) {
    const QDate missed = m_today.addDays(-4);
    m_view->calendar()->setSelectedDate(missed);
    ASSERT_TRUE(m_view->addButton()->isEnabled());
    QTest::mouseClick(m_view->addButton(), Qt::LeftButton);
    ASSERT_TRUE(editor()->isVisible());
    ASSERT_TRUE(editor()->isComposing());
    EXPECT_EQ(editor()->when()->dateField()->date(), missed);
    EXPECT_EQ(editor()->when()->timeField()->time(), QTime(19, 0));
    QTest::mouseClick(editor()->pain()->button(7), Qt::LeftButton);
    QTest::mouseClick(editor()->saveButton(), Qt::LeftButton);

    const QList<CheckIn> stored = entriesOn(missed);
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored[0].pain, 7);
    EXPECT_EQ(stored[0].moment, momentAtLocal(missed, QTime(19, 0)));
    EXPECT_FALSE(editor()->isVisible());
    EXPECT_EQ(m_view->calendar()->selectedDate(), missed);
    EXPECT_EQ(m_view->dayEntries()->count(), 1);
    EXPECT_EQ(m_undo.count(), 1);
    m_undo.undo();
    EXPECT_TRUE(entriesOn(missed).isEmpty());
    m_undo.redo();
    EXPECT_EQ(entriesOn(missed).size(), 1);
}

TEST_F(BackfillTest, TheDailyRemindersTimeIsTheUsualTimeWhenItIsOn) {
    ReminderScheduler::save(true, QTime(21, 30));
    m_view->composeFor(m_today.addDays(-4));
    EXPECT_EQ(editor()->when()->timeField()->time(), QTime(21, 30));
    ReminderScheduler::save(false, QTime(21, 30));
}

TEST_F(BackfillTest, TheChosenDateAndTimeAreWhereTheEntryGoes) {
    const QDate other = m_today.addDays(-30);
    m_view->composeFor(m_today.addDays(-4));
    editor()->when()->dateField()->setDate(other);
    editor()->when()->timeField()->setTime(QTime(7, 45));
    QTest::mouseClick(editor()->pain()->button(3), Qt::LeftButton);
    QTest::mouseClick(editor()->saveButton(), Qt::LeftButton);
    ASSERT_EQ(entriesOn(other).size(), 1);
    EXPECT_EQ(entriesOn(other)[0].moment, momentAtLocal(other, QTime(7, 45)));
    EXPECT_TRUE(entriesOn(m_today.addDays(-4)).isEmpty());
    EXPECT_EQ(m_view->calendar()->selectedDate(), other); // the Calendar follows the entry
}

TEST_F(BackfillTest, SavingWithoutAPainNumberSaysSoAndStoresNothing) {
    const QDate missed = m_today.addDays(-4);
    m_view->composeFor(missed);
    QTest::mouseClick(editor()->saveButton(), Qt::LeftButton);
    EXPECT_TRUE(editor()->isVisible());
    EXPECT_TRUE(entriesOn(missed).isEmpty());
    EXPECT_EQ(m_undo.count(), 0);
    const QList<QLabel*> labels = editor()->findChildren<QLabel*>();
    EXPECT_TRUE(std::any_of(labels.begin(), labels.end(), [](const QLabel* label) {
        return label->text() ==
               QStringLiteral("Not saved yet: pick a number for how the pain was then.");
    }));
}

// A wrong value in the editor is said in words beside Save, and the field, further down the
// form, is scrolled to and takes the focus; nothing is stored.
TEST_F(BackfillTest, AWrongValueIsSaidInWordsAndItsFieldIsBroughtIntoSight) {
    const QDate missed = m_today.addDays(-4);
    m_view->composeFor(missed);
    CheckInDetailsForm* form = editor()->details();
    form->spasms()->addRow({SpasmKind::Spasm, QStringLiteral("back.lumbar.left"), 1,
                            Seconds{2000 * 60}, 5, SpasmContext::Rest});
    QApplication::processEvents();
    QTest::mouseClick(editor()->pain()->button(6), Qt::LeftButton);
    QTest::mouseClick(editor()->saveButton(), Qt::LeftButton);
    EXPECT_TRUE(entriesOn(missed).isEmpty());
    const QList<QLabel*> labels = editor()->findChildren<QLabel*>();
    EXPECT_TRUE(std::any_of(labels.begin(), labels.end(), [](const QLabel* label) {
        return label->isVisible() &&
               label->text() ==
                   QStringLiteral("Not saved yet: A spasm lasts between 0 seconds and one day.");
    }));
    QWidget* duration = form->widgetFor(QStringLiteral("spasms[0].duration"));
    ASSERT_NE(duration, nullptr);
    auto* page = editor()->findChild<QScrollArea*>();
    ASSERT_NE(page, nullptr);
    const QRect seen(duration->mapTo(page->viewport(), QPoint(0, 0)), duration->size());
    EXPECT_TRUE(page->viewport()->rect().contains(seen))
        << seen.y() << " in " << page->viewport()->height();
    EXPECT_GT(page->verticalScrollBar()->value(), 0);
    EXPECT_TRUE(editor()->focusWidget() == duration ||
                duration->isAncestorOf(editor()->focusWidget()));
}

TEST_F(BackfillTest, NoDayAfterTodayCanBeFilledIn) {
    m_view->calendar()->setSelectedDate(m_today.addDays(1));
    EXPECT_FALSE(m_view->addButton()->isEnabled());
    m_view->composeFor(m_today);
    EXPECT_EQ(editor()->when()->dateField()->maximumDate(), m_today);
    editor()->when()->dateField()->setDate(m_today.addDays(3));
    EXPECT_EQ(editor()->when()->dateField()->date(), m_today);
    // Today's usual time may still be ahead: the new entry then starts at now.
    EXPECT_LE(editor()->pendingEntry().moment.utc, QDateTime::currentDateTimeUtc());
}

// Changing the date and time of a stored entry moves it; everything else stays, and undo puts
// it back on the very moment it had, seconds included.
TEST_F(BackfillTest, EditingTheMomentMovesTheEntryAndUndoPutsItBack) {
    const QDate from = m_today.addDays(-2);
    CheckIn morning = entriesOn(from).constFirst();
    ASSERT_EQ(morning.moment.localTime().time(), QTime(8, 5));
    m_view->calendar()->setSelectedDate(from);
    m_view->dayEntries()->setCurrentRow(0);
    QTest::mouseClick(m_view->editButton(), Qt::LeftButton);
    ASSERT_EQ(editor()->when()->dateField()->date(), from);
    EXPECT_EQ(editor()->when()->timeField()->time(), QTime(8, 5));
    const QDate to = m_today.addDays(-4);
    editor()->when()->dateField()->setDate(to);
    editor()->when()->timeField()->setTime(QTime(22, 40));
    QTest::mouseClick(editor()->saveButton(), Qt::LeftButton);

    const QList<CheckIn> moved = entriesOn(to);
    ASSERT_EQ(moved.size(), 1);
    EXPECT_EQ(moved[0].uuid, morning.uuid);
    EXPECT_EQ(moved[0].moment, momentAtLocal(to, QTime(22, 40)));
    CheckIn expected = morning;
    expected.moment = moved[0].moment;
    expected.id = moved[0].id;
    EXPECT_EQ(moved[0], expected);
    EXPECT_EQ(entriesOn(from).size(), 1); // the evening entry stays
    m_undo.undo();
    EXPECT_TRUE(entriesOn(to).isEmpty());
    EXPECT_EQ(CheckInRepository(*m_db).findByUuid(morning.uuid)->moment, morning.moment);
}

// A moment is stored to the millisecond; the fields show minutes. Editing something else must
// not round the moment to the minute.
TEST_F(BackfillTest, AnEditThatLeavesTheTimeAloneKeepsTheMomentExactly) {
    const QDate day = m_today.addDays(-10);
    CheckIn odd = entryAt(day, QTime(13, 27, 41, 250), 6);
    CheckInRepository(*m_db).save(odd);
    m_view->calendar()->setSelectedDate(day);
    m_view->dayEntries()->setCurrentRow(0);
    QTest::mouseClick(m_view->editButton(), Qt::LeftButton);
    QTest::mouseClick(editor()->pain()->button(2), Qt::LeftButton);
    QTest::mouseClick(editor()->saveButton(), Qt::LeftButton);
    const CheckIn stored = *CheckInRepository(*m_db).findByUuid(odd.uuid);
    EXPECT_EQ(stored.pain, 2);
    EXPECT_EQ(stored.moment, odd.moment);
}

// A new check-in begun for another time survives a crash like every other input, and the
// question on closing names it.
TEST_F(BackfillTest, ANewCheckInBegunIsKeptAsADraftAndComesBack) {
    const QDate missed = m_today.addDays(-4);
    m_view->composeFor(missed);
    editor()->when()->timeField()->setTime(QTime(18, 20));
    QTest::mouseClick(editor()->pain()->button(6), Qt::LeftButton);
    EXPECT_EQ(m_view->unsavedInputName(),
              QStringLiteral("the new check-in for %1, %2 (Calendar)")
                  .arg(QLocale().toString(missed, QLocale::ShortFormat), shortTime(QTime(18, 20))));
    QTRY_VERIFY(DraftRepository(*m_db).load(QStringLiteral("calendar-editor")).has_value());

    m_view.reset(); // as after a crash: the next start finds the draft
    CalendarView again(*m_db, m_undo);
    again.show();
    ASSERT_TRUE(again.editor()->isComposing());
    EXPECT_EQ(again.editor()->pain()->value(), 6);
    EXPECT_EQ(again.editor()->when()->dateField()->date(), missed);
    EXPECT_EQ(again.editor()->when()->timeField()->time(), QTime(18, 20));
    QTest::mouseClick(again.editor()->saveButton(), Qt::LeftButton);
    ASSERT_EQ(entriesOn(missed).size(), 1);
    EXPECT_EQ(entriesOn(missed)[0].moment, momentAtLocal(missed, QTime(18, 20)));
    EXPECT_FALSE(DraftRepository(*m_db).load(QStringLiteral("calendar-editor")).has_value());
}

// An editor holding unsaved changes is never swapped for another entry.
TEST_F(BackfillTest, UnsavedChangesAreNotReplacedByANewCheckIn) {
    const QDate day = m_today.addDays(-2);
    m_view->calendar()->setSelectedDate(day);
    m_view->dayEntries()->setCurrentRow(0);
    QTest::mouseClick(m_view->editButton(), Qt::LeftButton);
    QTest::mouseClick(editor()->pain()->button(9), Qt::LeftButton);
    m_view->composeFor(m_today.addDays(-4));
    EXPECT_FALSE(editor()->isComposing());
    EXPECT_EQ(editor()->pain()->value(), 9);
}

// From Today: one button opens the Calendar on the latest day without a check-in.
TEST(BackfillFromTodayTest, TodaysButtonOpensANewCheckInOnTheLatestMissedDay) {
    QTemporaryDir dir;
    ReminderScheduler::save(false, QTime(20, 0));
    const QDate today = QDate::currentDate();
    {
        auto db = Database::openFile(dir.filePath(QStringLiteral("diary.sqlite")));
        QList<CheckIn> entries{entryAt(today.addDays(-1), QTime(9, 15), 4),
                               entryAt(today.addDays(-2), QTime(9, 40), 5),
                               entryAt(today.addDays(-4), QTime(20, 5), 3)};
        CheckInRepository(*db).saveAll(entries);
    }
    MainWindow window;
    window.resize(1400, 1000);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.openDiary(dir.filePath(QStringLiteral("diary.sqlite"))));
    QTest::mouseClick(window.todayView()->backfillButton(), Qt::LeftButton);
    EXPECT_EQ(window.pages()->currentWidget(), window.calendarView());
    CheckInEditor* editor = window.calendarView()->editor();
    ASSERT_TRUE(editor->isComposing());
    EXPECT_EQ(editor->when()->dateField()->date(), today.addDays(-3));
    EXPECT_EQ(editor->when()->timeField()->time(), QTime(9, 0));
    EXPECT_EQ(window.calendarView()->calendar()->selectedDate(), today.addDays(-3));
    editor->discard();
}
