#include <gtest/gtest.h>

#include "diary/diarymoment.h"
#include "support/localzone.h"

using namespace painpace;
using painpace::testing::LocalZone;

namespace {

// The moment now() gives must be the one fromLocal() makes of the same instant.
void expectSameAsFromLocal(const DiaryMoment& now) {
    ASSERT_TRUE(now.isValid());
    EXPECT_EQ(DiaryMoment::fromLocal(now.utc.toLocalTime()), now);
}

} // namespace

TEST(DiaryMomentNow, TakesTheOffsetOfAZoneAheadOfUtcToTheMinute) {
    const LocalZone zone("NPT-5:45"); // UTC+5:45 all year
    const DiaryMoment now = DiaryMoment::now();
    EXPECT_EQ(now.utcOffsetMinutes, 345);
    EXPECT_EQ(now.localDay, now.utc.addSecs(345 * 60).date());
    EXPECT_EQ(now.localTime().time(), now.utc.addSecs(345 * 60).time());
    expectSameAsFromLocal(now);
}

TEST(DiaryMomentNow, TakesTheOffsetOfAZoneBehindUtc) {
    const LocalZone zone("NST3:30"); // UTC−3:30 all year
    const DiaryMoment now = DiaryMoment::now();
    EXPECT_EQ(now.utcOffsetMinutes, -210);
    EXPECT_EQ(now.localDay, now.utc.addSecs(-210 * 60).date());
    expectSameAsFromLocal(now);
}

TEST(DiaryMomentNow, IsTheCurrentInstantInUtc) {
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const DiaryMoment now = DiaryMoment::now();
    const QDateTime after = QDateTime::currentDateTimeUtc();
    EXPECT_EQ(now.utc.timeSpec(), Qt::UTC);
    EXPECT_LE(before, now.utc);
    EXPECT_LE(now.utc, after);
}
