#include <gtest/gtest.h>

#include "diary/checkinvalidator.h"
#include "support/sampleentries.h"

using namespace painpace;
using painpace::testing::completeCheckIn;
using painpace::testing::minimalCheckIn;

namespace {

QStringList fieldsOf(const ValidationIssues& issues) {
    QStringList fields;
    for (const auto& issue : issues)
        fields << issue.field;
    return fields;
}

} // namespace

TEST(CheckInValidator, ACompleteEntryIsValid) {
    EXPECT_TRUE(validateCheckIn(completeCheckIn()).isEmpty());
}

TEST(CheckInValidator, PainOfZeroAndTenAreAccepted) {
    EXPECT_TRUE(validateCheckIn(minimalCheckIn(0)).isEmpty());
    EXPECT_TRUE(validateCheckIn(minimalCheckIn(10)).isEmpty());
}

TEST(CheckInValidator, PainAbove10OrBelow0IsRejectedWithAMessageForThePainField) {
    for (int pain : {-1, 11, 100}) {
        const ValidationIssues issues = validateCheckIn(minimalCheckIn(pain));
        ASSERT_EQ(issues.size(), 1) << pain;
        EXPECT_EQ(issues[0].field, QStringLiteral("pain"));
        EXPECT_TRUE(issues[0].message.contains(QString::number(pain)));
    }
}

TEST(CheckInValidator, EveryOutOfRangeScoreIsReportedAtOnce) {
    CheckIn entry = minimalCheckIn(5);
    entry.fatigue = 11;
    entry.stress = -1;
    entry.mood = 12;
    entry.sleepQuality = 11;
    entry.fibroFog = 4; // fog is 0-3 like the SSS cognitive item
    entry.morningStiffness = Minutes{-5};
    entry.sleep = Minutes{24 * 60 + 1};
    EXPECT_EQ(
        fieldsOf(validateCheckIn(entry)),
        (QStringList{QStringLiteral("morningStiffness"), QStringLiteral("fatigue"),
                     QStringLiteral("stress"), QStringLiteral("mood"), QStringLiteral("sleep"),
                     QStringLiteral("sleepQuality"), QStringLiteral("fibroFog")}));
}

TEST(CheckInValidator, FogOfThreeAndStiffnessOfADayAreTheUpperLimits) {
    CheckIn entry = minimalCheckIn(5);
    entry.fibroFog = 3;
    entry.morningStiffness = Minutes{1440};
    EXPECT_TRUE(validateCheckIn(entry).isEmpty());
}

TEST(CheckInValidator, AnEntryWithoutAMomentIsRejected) {
    CheckIn entry;
    entry.pain = 3;
    EXPECT_EQ(fieldsOf(validateCheckIn(entry)), QStringList{QStringLiteral("moment")});
}

TEST(CheckInValidator, ALocalDayFarFromTheInstantIsRejected) {
    CheckIn entry = minimalCheckIn(3);
    entry.moment.localDay = entry.moment.localDay.addDays(3);
    EXPECT_EQ(fieldsOf(validateCheckIn(entry)), QStringList{QStringLiteral("moment")});
}

TEST(CheckInValidator, AMarkNeedsAKnownRegionOfItsOwnViewAndAPointOnTheMap) {
    CheckIn entry = completeCheckIn();
    entry.marks[0].regionCode = QStringLiteral("back.tail.left");
    entry.marks[0].point = QPointF(1.2, 0.5);
    entry.marks[0].intensity = 11;
    EXPECT_EQ(fieldsOf(validateCheckIn(entry)),
              (QStringList{QStringLiteral("marks[0].region"), QStringLiteral("marks[0].point"),
                           QStringLiteral("marks[0].intensity")}));

    entry = completeCheckIn();
    entry.marks[0].view = BodyView::Front; // the region is on the back
    EXPECT_EQ(fieldsOf(validateCheckIn(entry)), QStringList{QStringLiteral("marks[0].region")});
}

TEST(CheckInValidator, SpasmsNeedARegionACountFrom1AndAnHonestDuration) {
    CheckIn entry = completeCheckIn();
    entry.spasms[1].regionCode.clear();
    entry.spasms[1].count = 0;
    entry.spasms[1].duration = Seconds{-1};
    EXPECT_EQ(fieldsOf(validateCheckIn(entry)),
              (QStringList{QStringLiteral("spasms[1].region"), QStringLiteral("spasms[1].count"),
                           QStringLiteral("spasms[1].duration")}));
}

TEST(CheckInValidator, ATriggerIsRatedOnceAndNeverStoredAsNone) {
    CheckIn entry = completeCheckIn();
    entry.triggers.append({QStringLiteral("poor_sleep"), TriggerLevel::ALittle});
    entry.triggers.append({QStringLiteral("travel"), TriggerLevel::None});
    EXPECT_EQ(fieldsOf(validateCheckIn(entry)), (QStringList{QStringLiteral("triggers[2].trigger"),
                                                             QStringLiteral("triggers[3].level")}));
}

TEST(CheckInValidator, ADoseMustBeFiniteNonNegativeAndHaveAUnit) {
    CheckIn entry = completeCheckIn();
    entry.therapies[1].dose = -300.0;
    EXPECT_EQ(fieldsOf(validateCheckIn(entry)), QStringList{QStringLiteral("therapies[1].dose")});
    entry.therapies[1].dose = std::numeric_limits<double>::quiet_NaN();
    EXPECT_EQ(fieldsOf(validateCheckIn(entry)), QStringList{QStringLiteral("therapies[1].dose")});
    entry.therapies[1].dose = 300.0;
    entry.therapies[1].unit.clear();
    EXPECT_EQ(fieldsOf(validateCheckIn(entry)), QStringList{QStringLiteral("therapies[1].unit")});
}

TEST(CheckInValidator, TherapyMinutesAreWithinADay) {
    CheckIn entry = completeCheckIn();
    entry.therapies[0].duration = Minutes{1441};
    EXPECT_EQ(fieldsOf(validateCheckIn(entry)),
              QStringList{QStringLiteral("therapies[0].duration")});
}

TEST(CheckInValidator, AVeryLongNoteIsRejected) {
    CheckIn entry = minimalCheckIn(4);
    entry.note = QString(limits::kMaxNoteLength + 1, QLatin1Char('a'));
    EXPECT_EQ(fieldsOf(validateCheckIn(entry)), QStringList{QStringLiteral("note")});
}

TEST(CheckInValidator, ARedFlagListedTwiceIsRejected) {
    CheckIn entry = minimalCheckIn(4);
    entry.redFlags = {RedFlag::LegWeakness, RedFlag::LegWeakness};
    EXPECT_EQ(fieldsOf(validateCheckIn(entry)), QStringList{QStringLiteral("redFlags")});
}

TEST(CheckInValidator, AMarksPointMustLieInsideTheRegionItNames) {
    CheckIn entry = completeCheckIn();
    entry.marks[0].point = QPointF(0.42, 0.41); // the left lumbar region, not the right trapezius
    EXPECT_EQ(fieldsOf(validateCheckIn(entry)), QStringList{QStringLiteral("marks[0].point")});
}
