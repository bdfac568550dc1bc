#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include "calendar/calendarview.h"
#include "calendar/paincalendar.h"
#include "diary/checkineditor.h"
#include "edit/editstack.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "support/qtprinters.h"
#include "support/sampleentries.h"
#include "support/screenshots.h"
#include "today/painscalebuttons.h"

using namespace painpace;
using painpace::testing::completeCheckIn;
using painpace::testing::minimalCheckIn;

class CalendarViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_db = Database::openFile(m_dir.filePath(QStringLiteral("diary.sqlite")));
        const QDate today = QDate::currentDate();
        m_day = QDate(today.year(), today.month(), 3);
        // The 3rd: a full morning entry (pain 6, flare, 3 spasms, a note) and an evening at 3.
        m_full = completeCheckIn(m_day);
        QList<CheckIn> entries = {m_full, minimalCheckIn(3, m_day, 21),
                                  minimalCheckIn(8, QDate(today.year(), today.month(), 4))};
        CheckInRepository(*m_db).saveAll(entries);
        m_full = entries[0];
        m_view = std::make_unique<CalendarView>(*m_db, m_undo);
        m_view->resize(1200, 700);
        m_view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void TearDown() override {
        m_undo.clear();
        m_view.reset();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    EditStack m_undo;
    std::unique_ptr<CalendarView> m_view;
    QDate m_day;
    CheckIn m_full;
};

TEST_F(CalendarViewTest, EachDayShowsItsPainAndMarkers) {
    // The warning sign is a framed mark of its own, by level, not a letter in the text.
    EXPECT_EQ(m_view->calendar()->cellText(m_day), QStringLiteral("4.5 F S3 ✎"));
    EXPECT_EQ(m_view->calendar()->summaries().value(m_day).care, CareUrgency::UrgentDoctor);
    EXPECT_EQ(m_view->calendar()->summaries().value(m_day.addDays(1)).care, CareUrgency::None);
    EXPECT_EQ(m_view->calendar()->cellText(m_day.addDays(1)), QStringLiteral("8.0"));
    EXPECT_EQ(m_view->calendar()->cellText(m_day.addDays(2)), QString());
}

TEST_F(CalendarViewTest, ChoosingADayListsItsCheckIns) {
    m_view->calendar()->setSelectedDate(m_day);
    ASSERT_EQ(m_view->dayEntries()->count(), 2);
    EXPECT_TRUE(m_view->dayEntries()->item(0)->text().contains(QStringLiteral("pain 6")));
    EXPECT_TRUE(m_view->dayEntries()->item(0)->text().contains(QStringLiteral("flare")));
    EXPECT_TRUE(m_view->dayEntries()->item(0)->text().contains(
        QStringLiteral("⚠ ") + careAdvice(CareUrgency::UrgentDoctor)));
    EXPECT_TRUE(m_view->dayEntries()->item(1)->text().contains(QStringLiteral("pain 3")));
}

TEST_F(CalendarViewTest, UndoOfDeleteRestoresEverythingTheEntryHad) {
    m_view->calendar()->setSelectedDate(m_day);
    m_view->dayEntries()->setCurrentRow(0);
    QTest::mouseClick(m_view->deleteButton(), Qt::LeftButton);
    EXPECT_FALSE(CheckInRepository(*m_db).findByUuid(m_full.uuid));
    EXPECT_EQ(m_view->dayEntries()->count(), 1);
    m_undo.undo();
    const auto restored = CheckInRepository(*m_db).findByUuid(m_full.uuid);
    ASSERT_TRUE(restored);
    CheckIn expected = m_full;
    expected.id = restored->id;
    EXPECT_EQ(*restored, expected); // marks, spasms, triggers, therapies and warning signs
    m_undo.redo();
    EXPECT_FALSE(CheckInRepository(*m_db).findByUuid(m_full.uuid));
}

TEST_F(CalendarViewTest, EditingChangesOnlyWhatWasChangedAndIsUndoable) {
    m_view->calendar()->setSelectedDate(m_day);
    m_view->dayEntries()->setCurrentRow(0);
    QTest::mouseClick(m_view->editButton(), Qt::LeftButton);
    QTest::mouseClick(m_view->editor()->pain()->button(2), Qt::LeftButton);
    QTest::mouseClick(m_view->editor()->saveButton(), Qt::LeftButton);
    CheckIn edited = *CheckInRepository(*m_db).findByUuid(m_full.uuid);
    EXPECT_EQ(edited.pain, 2);
    CheckIn expected = m_full;
    expected.pain = 2;
    EXPECT_EQ(edited, expected); // the magnesium dose, marks and spasms are untouched
    m_undo.undo();
    EXPECT_EQ(CheckInRepository(*m_db).findByUuid(m_full.uuid)->pain, 6);
}

TEST_F(CalendarViewTest, DuplicateCopiesTheEntryToNow) {
    m_view->calendar()->setSelectedDate(m_day);
    m_view->dayEntries()->setCurrentRow(0);
    QTest::mouseClick(m_view->duplicateButton(), Qt::LeftButton);
    const QList<CheckIn> today =
        CheckInRepository(*m_db).between(QDate::currentDate(), QDate::currentDate());
    const auto copy = std::find_if(today.begin(), today.end(), [&](const CheckIn& e) {
        return e.uuid != m_full.uuid && e.pain == 6;
    });
    ASSERT_NE(copy, today.end());
    EXPECT_EQ(copy->marks, m_full.marks);
    EXPECT_EQ(copy->therapies, m_full.therapies);
}

TEST_F(CalendarViewTest, ScreenshotsOfTheMonth) {
    QList<CheckIn> month;
    const QDate first(m_day.year(), m_day.month(), 1);
    for (int i = 5; i < first.daysInMonth(); i += 1 + i % 2) {
        CheckIn entry = minimalCheckIn((i * 7) % 11, first.addDays(i - 1), 9);
        entry.flare = i % 9 == 0;
        month.append(entry);
    }
    CheckInRepository(*m_db).saveAll(month);
    m_view->calendar()->setSelectedDate(m_day);
    {
        painpace::testing::ScopedAppPalette light(painpace::testing::lightPalette());
        EXPECT_FALSE(
            painpace::testing::saveScreenshot(*m_view, QStringLiteral("calendar-light")).isEmpty());
    }
    painpace::testing::ScopedAppPalette dark(painpace::testing::darkPalette());
    EXPECT_FALSE(
        painpace::testing::saveScreenshot(*m_view, QStringLiteral("calendar-dark")).isEmpty());
}
