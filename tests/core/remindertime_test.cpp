#include <gtest/gtest.h>

#include "reminders/remindertime.h"

using namespace painpace;

namespace {
QDateTime at(int day, int hour, int minute, int second = 0) {
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute, second), Qt::OffsetFromUTC, 3600);
}
} // namespace

TEST(ReminderTime, LaterTodayWhenTheTimeIsStillAhead) {
    EXPECT_EQ(nextReminderAfter(at(14, 8, 0), QTime(20, 30)), at(14, 20, 30));
}

TEST(ReminderTime, TomorrowWhenTheTimeHasPassedOrIsNow) {
    EXPECT_EQ(nextReminderAfter(at(14, 21, 0), QTime(20, 30)), at(15, 20, 30));
    EXPECT_EQ(nextReminderAfter(at(14, 20, 30), QTime(20, 30)), at(15, 20, 30));
}

TEST(ReminderTime, SecondsOfTheSetTimeAreIgnored) {
    EXPECT_EQ(nextReminderAfter(at(14, 20, 29, 59), QTime(20, 30, 45)), at(14, 20, 30));
}

TEST(ReminderTime, TheLastDayOfTheMonthRollsOver) {
    EXPECT_EQ(nextReminderAfter(at(31, 23, 0), QTime(7, 0)),
              QDateTime(QDate(2026, 4, 1), QTime(7, 0), Qt::OffsetFromUTC, 3600));
}
