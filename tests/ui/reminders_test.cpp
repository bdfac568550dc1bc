#include <QCheckBox>
#include <QFile>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include "mainwindow/mainwindow.h"
#include "reminders/autostart.h"
#include "reminders/breakreminder.h"
#include "reminders/reminderscheduler.h"
#include "reminders/remindersdialog.h"
#include "support/qtprinters.h"

using namespace painpace;

TEST(ReminderScheduler, AimsAtTheNextDueTimeAndFiresThere) {
    QDateTime now(QDate(2026, 3, 14), QTime(19, 59, 59, 900));
    ReminderScheduler scheduler(nullptr, [&] { return now; });
    QSignalSpy due(&scheduler, &ReminderScheduler::reminderDue);
    scheduler.setDailyTime(QTime(20, 0));
    EXPECT_TRUE(scheduler.isActive());
    EXPECT_EQ(scheduler.nextDue(), QDateTime(QDate(2026, 3, 14), QTime(20, 0)));
    EXPECT_LE(scheduler.millisecondsToNext(), 1000); // a whole-second timer: about 0.1 s to go
    ASSERT_TRUE(due.wait(2000));
    now = QDateTime(QDate(2026, 3, 14), QTime(20, 0, 1));
    EXPECT_EQ(due.count(), 1);
    scheduler.setDailyTime(QTime(20, 0));
    EXPECT_EQ(scheduler.nextDue(), QDateTime(QDate(2026, 3, 15), QTime(20, 0)));
}

TEST(ReminderScheduler, AnInvalidTimeSwitchesItOff) {
    ReminderScheduler scheduler;
    scheduler.setDailyTime(QTime(8, 30));
    EXPECT_TRUE(scheduler.isActive());
    scheduler.setDailyTime(QTime());
    EXPECT_FALSE(scheduler.isActive());
}

TEST(ReminderScheduler, SettingsRememberTheChoice) {
    ReminderScheduler::save(true, QTime(21, 15));
    EXPECT_TRUE(ReminderScheduler::savedEnabled());
    EXPECT_EQ(ReminderScheduler::savedTime(), QTime(21, 15));
}

TEST(Autostart, TheEntryIsWrittenAndRemoved) {
    ASSERT_EQ(autostart::setEnabled(true, QStringLiteral("/opt/pain pace/painpace")), QString());
    EXPECT_TRUE(autostart::isEnabled());
    QFile entry(autostart::entryPath());
    ASSERT_TRUE(entry.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(entry.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Exec=\"/opt/pain pace/painpace\"")));
    EXPECT_TRUE(text.startsWith(QStringLiteral("[Desktop Entry]")));
    entry.close();
    ASSERT_EQ(autostart::setEnabled(false, QString()), QString());
    EXPECT_FALSE(autostart::isEnabled());
}

TEST(Reminders, TheWindowShowsTheReminderCalmly) {
    MainWindow window;
    window.remind();
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("check-in")));
}

TEST(BreakReminder, RepeatsEveryChosenIntervalWithinSensibleBounds) {
    BreakReminder breaks;
    EXPECT_FALSE(breaks.isActive());
    breaks.setIntervalMinutes(30);
    EXPECT_TRUE(breaks.isActive());
    EXPECT_EQ(breaks.timerInterval(), 30 * 60 * 1000);
    // A very coarse timer may round to the second either way.
    EXPECT_NEAR(breaks.millisecondsToNext(), 30 * 60 * 1000, 1000);
    breaks.setIntervalMinutes(3); // too often to be gentle: the shortest interval instead
    EXPECT_EQ(breaks.intervalMinutes(), BreakReminder::kShortestMinutes);
    breaks.setIntervalMinutes(0);
    EXPECT_FALSE(breaks.isActive());
    BreakReminder::save(true, 45);
    EXPECT_TRUE(BreakReminder::savedEnabled());
    EXPECT_EQ(BreakReminder::savedMinutes(), 45);
}

TEST(BreakReminder, TheWindowNudgesToMoveAndTheDialogSwitchesItOn) {
    BreakReminder::save(false, 30);
    MainWindow window;
    EXPECT_FALSE(window.breakReminder()->isActive());
    window.remindBreak();
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("short break")));
    RemindersDialog dialog;
    dialog.breaks()->setChecked(true);
    dialog.breakMinutes()->setValue(40);
    EXPECT_EQ(dialog.apply(), QString());
    EXPECT_TRUE(BreakReminder::savedEnabled());
    EXPECT_EQ(BreakReminder::savedMinutes(), 40);
}
