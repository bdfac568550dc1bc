#include <gtest/gtest.h>

#include "diary/validationissue.h"
#include "trials/trialschedule.h"

using namespace painpace;

namespace {

TherapyTrial heatTrial() {
    TherapyTrial trial;
    trial.therapyCode = QStringLiteral("heating_pad");
    trial.therapyName = QStringLiteral("Heating pad");
    trial.periodDays = 7;
    trial.cycles = 3;
    trial.seed = 42;
    trial.startDate = QDate(2026, 11, 2);
    return trial;
}

} // namespace

TEST(TrialSchedule, TheSeedFixesTheOrderOfEveryCycle) {
    // SplitMix64 from 42, lowest bit of each draw (computed independently): 1, 1, 0, 0.
    EXPECT_EQ(aFirstInCycles(42, 4), (QList<bool>{false, false, true, true}));
    EXPECT_EQ(aFirstInCycles(7, 4), (QList<bool>{false, true, true, false}));
    const QList<TrialPeriod> schedule = trialSchedule(heatTrial());
    ASSERT_EQ(schedule.size(), 6);
    QList<TrialArm> arms;
    for (const TrialPeriod& period : schedule)
        arms.append(period.arm);
    EXPECT_EQ(arms, (QList<TrialArm>{TrialArm::B, TrialArm::A, TrialArm::B, TrialArm::A,
                                     TrialArm::A, TrialArm::B}));
    EXPECT_EQ(schedule[0].days.first(), QDate(2026, 11, 2));
    EXPECT_EQ(schedule[5].days.last(), QDate(2026, 12, 13)); // 42 days
    EXPECT_EQ(schedule[3].cycle, 1);
    EXPECT_EQ(trialSchedule(heatTrial()), schedule); // made again exactly
}

TEST(TrialSchedule, ABaselineComesFirstAndAPauseShiftsTheRest) {
    TherapyTrial trial = heatTrial();
    trial.baselinePeriod = true;
    trial.pauses = {{QDate(2026, 11, 12), 7}}; // a missed week inside the second period
    const QList<TrialPeriod> schedule = trialSchedule(trial);
    ASSERT_EQ(schedule.size(), 7);
    EXPECT_EQ(schedule[0].arm, TrialArm::Baseline);
    EXPECT_EQ(schedule[0].days.last(), QDate(2026, 11, 8));
    // The second period has 3 days before the pause and 4 after it.
    EXPECT_EQ(schedule[1].days[2], QDate(2026, 11, 11));
    EXPECT_EQ(schedule[1].days[3], QDate(2026, 11, 19));
    EXPECT_EQ(trialLastDay(schedule), QDate(2026, 12, 27)); // 49 trial days + 7 paused
    const auto ninth = trialDayOf(schedule, QDate(2026, 11, 10));
    ASSERT_TRUE(ninth);
    EXPECT_EQ(ninth->dayNumber, 9);
    EXPECT_EQ(ninth->totalDays, 49);
    EXPECT_EQ(ninth->arm, TrialArm::B);
    EXPECT_FALSE(trialDayOf(schedule, QDate(2026, 11, 14))); // paused
}

TEST(TrialValidation, LengthsOutsideTheRulesAreRefusedByField) {
    TherapyTrial trial = heatTrial();
    trial.periodDays = 1;
    trial.cycles = 5;
    trial.comparison = TrialComparison::OtherTherapy;
    try {
        validateTherapyTrial(trial);
        FAIL() << "an invalid trial was accepted";
    } catch (const ValidationError& error) {
        QStringList fields;
        for (const ValidationIssue& issue : error.issues())
            fields.append(issue.field);
        EXPECT_EQ(fields, (QStringList{QStringLiteral("otherTherapyCode"),
                                       QStringLiteral("periodDays"), QStringLiteral("cycles")}));
    }
    EXPECT_NO_THROW(validateTherapyTrial(heatTrial()));
}
