#include <gtest/gtest.h>

#include "diary/validationissue.h"
#include "pacing/baseline.h"
#include "pacing/pacingplan.h"
#include "pacing/sessionphases.h"

using namespace painpace;

namespace {

PacingPlan walkingPlan(BaselineInputs baseline = {BaselineMethod::Measured, {10, 12, 8}}) {
    PacingPlan plan;
    plan.activityCode = QStringLiteral("walking");
    plan.activityName = QStringLiteral("Walking");
    plan.baseline = std::move(baseline);
    plan.startDate = QDate(2026, 11, 2); // a Monday
    plan.weekdays = {1, 3, 5};
    return plan;
}

} // namespace

TEST(Baseline, EachMethodGivesTheDocumentedAmount) {
    EXPECT_DOUBLE_EQ(computeBaseline({BaselineMethod::Measured, {10, 12, 8}}), 8.0);
    EXPECT_DOUBLE_EQ(computeBaseline({BaselineMethod::GoodDayBadDay, {20, 6}}), 13.0);
    EXPECT_DOUBLE_EQ(computeBaseline({BaselineMethod::BelowOnset, {7}}), 7.0);
    EXPECT_EQ(baselineExplanation({BaselineMethod::Measured, {10, 12, 8}}, QStringLiteral("min")),
              QStringLiteral("Measured: 0.8 × the mean of 10, 12 and 8 min = 8 min"));
    EXPECT_EQ(baselineExplanation({BaselineMethod::GoodDayBadDay, {20, 6}}, QStringLiteral("min")),
              QStringLiteral("Good day and bad day: (20 + 6) ÷ 2 = 13 min"));
}

TEST(Baseline, MissingOrNonPositiveAmountsAreRefused) {
    EXPECT_THROW(computeBaseline({BaselineMethod::Measured, {10, 12}}), ValidationError);
    EXPECT_THROW(computeBaseline({BaselineMethod::GoodDayBadDay, {10, 0}}), ValidationError);
    EXPECT_THROW(computeBaseline({BaselineMethod::BelowOnset, {-3}}), ValidationError);
}

TEST(PlanLevels, TenPercentAWeekFromEightMinutesOverEightWeeks) {
    const PacingPlan plan = walkingPlan();
    QList<int> amounts;
    for (int level = 0; level < 8; ++level)
        amounts.append(levelAmount(plan, level));
    // 8, 8.8→9, 9.9→10, 11, 12.1→12, 13.2→13, 14.3→14, 15.4→15
    EXPECT_EQ(amounts, (QList<int>{8, 9, 10, 11, 12, 13, 14, 15}));
}

TEST(PlanLevels, SmallAmountsStillGrowByOneUnitAndStepsByFifty) {
    PacingPlan reps = walkingPlan({BaselineMethod::BelowOnset, {3}});
    reps.unit = AmountUnit::Repetitions;
    reps.weeklyIncreasePercent = 5;
    // 3 × 1.05 = 3.15 rounds back to 3: the level still grows by one repetition.
    EXPECT_EQ(levelAmount(reps, 1), 4);
    EXPECT_EQ(levelAmount(reps, 2), 5);
    PacingPlan steps = walkingPlan({BaselineMethod::GoodDayBadDay, {2000, 1030}});
    steps.unit = AmountUnit::Steps;
    EXPECT_EQ(levelAmount(steps, 0), 1500); // 1515 to the nearest 50
    EXPECT_EQ(levelAmount(steps, 1), 1650);
    steps.weeklyIncreasePercent = 20;
    EXPECT_EQ(levelAmount(steps, 1), 1800);
}

TEST(PlanBouts, LongSessionsSplitEvenlyUnderTheLimit) {
    EXPECT_EQ(splitIntoBouts(12, 5, AmountUnit::Minutes), (QList<int>{4, 4, 4}));
    EXPECT_EQ(splitIntoBouts(13, 5, AmountUnit::Minutes), (QList<int>{5, 4, 4}));
    EXPECT_EQ(splitIntoBouts(5, 5, AmountUnit::Minutes), (QList<int>{5}));
    EXPECT_EQ(splitIntoBouts(9, std::nullopt, AmountUnit::Minutes), (QList<int>{9}));
    EXPECT_EQ(splitIntoBouts(1500, 600, AmountUnit::Steps), (QList<int>{500, 500, 500}));
}

TEST(PlanSchedule, PlannedDaysFollowTheWeekdaysFromTheStart) {
    const PacingPlan plan = walkingPlan();
    EXPECT_EQ(plannedDays(plan, QDate(2026, 10, 30), QDate(2026, 11, 9)),
              (QList<QDate>{QDate(2026, 11, 2), QDate(2026, 11, 4), QDate(2026, 11, 6),
                            QDate(2026, 11, 9)}));
    EXPECT_EQ(planWeekOf(plan, QDate(2026, 11, 8)), 0);
    EXPECT_EQ(planWeekOf(plan, QDate(2026, 11, 9)), 1);
    EXPECT_EQ(planWeekOf(plan, QDate(2026, 11, 1)), -1);
    EXPECT_EQ(planWeekStart(plan, 2), QDate(2026, 11, 16));
}

TEST(PlanValidation, EveryProblemIsNamedByItsField) {
    PacingPlan plan = walkingPlan({BaselineMethod::Measured, {10}});
    plan.activityName = QStringLiteral("  ");
    plan.weeklyIncreasePercent = 25;
    plan.weekdays = {3, 1};
    plan.boutLimit = 0;
    try {
        validatePacingPlan(plan);
        FAIL() << "an invalid plan was accepted";
    } catch (const ValidationError& error) {
        QStringList fields;
        for (const ValidationIssue& issue : error.issues())
            fields.append(issue.field);
        EXPECT_EQ(fields, (QStringList{QStringLiteral("activityName"), QStringLiteral("baseline"),
                                       QStringLiteral("weeklyIncreasePercent"),
                                       QStringLiteral("weekdays"), QStringLiteral("boutLimit")}));
    }
    EXPECT_NO_THROW(validatePacingPlan(walkingPlan()));
}

TEST(SessionPhases, TimedBoutsAndRestsFollowEachOther) {
    const QList<SessionPhase> phases = sessionPhases({4, 4, 4}, 2, AmountUnit::Minutes);
    ASSERT_EQ(phases.size(), 5);
    EXPECT_EQ(phases[1].kind, SessionPhase::Kind::Rest);
    EXPECT_EQ(phases[1].seconds, 120);
    EXPECT_EQ(phases[4].seconds, 240);
    // 5 minutes in: the first bout (4 min) is over, one minute of the rest has gone.
    const auto position = phaseAt(phases, 0, 5 * 60);
    ASSERT_TRUE(position);
    EXPECT_EQ(position->phase, 1);
    EXPECT_EQ(position->secondsLeft, 60);
    EXPECT_EQ(phaseAt(phases, 0, 0)->secondsLeft, 240);
    EXPECT_FALSE(phaseAt(phases, 0, 16 * 60)); // 12 minutes of bouts and 4 of rest: done
    EXPECT_EQ(sessionPhases({5}, 0, AmountUnit::Minutes).size(), 1);
}

TEST(SessionPhases, CountedBoutsWaitForThePerson) {
    const QList<SessionPhase> phases = sessionPhases({3, 3}, 1, AmountUnit::Laps);
    ASSERT_EQ(phases.size(), 3);
    EXPECT_EQ(phaseAt(phases, 0, 500)->phase, 0);
    // After the first bout is marked done, the rest runs by the clock from then on.
    EXPECT_EQ(phaseAt(phases, 1, 30)->secondsLeft, 30);
    EXPECT_EQ(phaseAt(phases, 1, 61)->phase, 2);
}
