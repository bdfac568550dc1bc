#include <gtest/gtest.h>

#include "diary/backfill.h"
#include "support/localzone.h"

using namespace painpace;

using painpace::testing::kCentralEurope;
using painpace::testing::LocalZone;

TEST(UsualCheckInTime, TheReminderTimeWinsWhenOneIsSet) {
    EXPECT_EQ(usualCheckInTime(QTime(21, 15), {QTime(8, 0), QTime(8, 30)}), QTime(21, 15));
}

TEST(UsualCheckInTime, TheHourWithMostRecentCheckInsOnTheHour) {
    const QList<QTime> times{QTime(8, 10), QTime(19, 45), QTime(19, 5),
                             QTime(8, 59), QTime(19, 30), QTime(13, 0)};
    EXPECT_EQ(usualCheckInTime(std::nullopt, times), QTime(19, 0));
}

TEST(UsualCheckInTime, ATieGoesToTheEarlierHour) {
    EXPECT_EQ(
        usualCheckInTime(std::nullopt, {QTime(20, 0), QTime(9, 40), QTime(20, 1), QTime(9, 2)}),
        QTime(9, 0));
}

TEST(UsualCheckInTime, NoonForADiaryWithoutEntries) {
    EXPECT_EQ(usualCheckInTime(std::nullopt, {}), QTime(12, 0));
    EXPECT_EQ(usualCheckInTime(QTime(), {}), QTime(12, 0));
}

TEST(SuggestedBackfillDay, TheLatestMissedDayBeforeToday) {
    const QDate today(2026, 11, 20);
    const QList<QDate> logged{QDate(2026, 11, 19), QDate(2026, 11, 18), QDate(2026, 11, 16),
                              QDate(2026, 11, 15)};
    EXPECT_EQ(suggestedBackfillDay(today, logged), QDate(2026, 11, 17));
}

TEST(SuggestedBackfillDay, YesterdayWhenNoRecentDayIsMissing) {
    const QDate today(2026, 11, 20);
    QList<QDate> logged;
    for (int back = 1; back <= 3; ++back)
        logged << today.addDays(-back);
    EXPECT_EQ(suggestedBackfillDay(today, logged, 3), QDate(2026, 11, 19));
    EXPECT_EQ(suggestedBackfillDay(today, {}, 3), QDate(2026, 11, 19));
}

TEST(MovedMoment, AnEntryMadeHereTakesTheZonesOffsetAtTheNewDate) {
    const LocalZone zone(kCentralEurope);
    const DiaryMoment winter = momentAtLocal(QDate(2026, 1, 10), QTime(9, 0));
    ASSERT_EQ(winter.utcOffsetMinutes, 60);
    const DiaryMoment summer = movedMoment(winter, QDate(2026, 7, 10), QTime(9, 30));
    EXPECT_EQ(summer.utcOffsetMinutes, 120);
    EXPECT_EQ(summer.localDay, QDate(2026, 7, 10));
    EXPECT_EQ(summer.utc, QDateTime(QDate(2026, 7, 10), QTime(7, 30), Qt::UTC));
}

TEST(MovedMoment, AnEntryMadeElsewhereKeepsItsOffset) {
    const LocalZone zone(kCentralEurope);
    DiaryMoment tokyo; // made on a trip, at 23:30 local time, UTC+9
    tokyo.utcOffsetMinutes = 9 * 60;
    tokyo.utc = QDateTime(QDate(2026, 5, 3), QTime(14, 30), Qt::UTC);
    tokyo.localDay = QDate(2026, 5, 3);
    const DiaryMoment moved = movedMoment(tokyo, QDate(2026, 5, 4), QTime(0, 15));
    EXPECT_EQ(moved.utcOffsetMinutes, 9 * 60);
    EXPECT_EQ(moved.localDay, QDate(2026, 5, 4));
    EXPECT_EQ(moved.utc, QDateTime(QDate(2026, 5, 3), QTime(15, 15), Qt::UTC));
    EXPECT_EQ(moved.localTime().time(), QTime(0, 15));
}

TEST(MovedMoment, TheLocalDayIsTheChosenDateEvenJustAfterMidnight) {
    const LocalZone zone(kCentralEurope);
    const DiaryMoment moment = momentAtLocal(QDate(2026, 2, 1), QTime(0, 20));
    EXPECT_EQ(moment.localDay, QDate(2026, 2, 1));
    EXPECT_EQ(moment.utc, QDateTime(QDate(2026, 1, 31), QTime(23, 20), Qt::UTC));
}

TEST(FutureMomentProblem, NowAndTheMinuteAfterAreAllowed) {
    const QDateTime now(QDate(2026, 11, 20), QTime(18, 0), Qt::UTC);
    DiaryMoment moment = DiaryMoment::fromLocal(now.toOffsetFromUtc(3600));
    EXPECT_TRUE(futureMomentProblem(moment, now).isEmpty());
    moment.utc = now.addSecs(60);
    EXPECT_TRUE(futureMomentProblem(moment, now).isEmpty());
    moment.utc = now.addSecs(-86400 * 400);
    EXPECT_TRUE(futureMomentProblem(moment, now).isEmpty());
}

TEST(FutureMomentProblem, ALaterMomentIsRefusedWithAReason) {
    const QDateTime now(QDate(2026, 11, 20), QTime(18, 0), Qt::UTC);
    DiaryMoment moment = DiaryMoment::fromLocal(now.addSecs(61).toOffsetFromUtc(3600));
    EXPECT_EQ(futureMomentProblem(moment, now),
              QStringLiteral("That time has not come yet: a diary entry can be for now or for "
                             "any time before."));
}
