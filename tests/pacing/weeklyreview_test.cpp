#include <gtest/gtest.h>

#include "pacing/boombust.h"
#include "pacing/weeklyreview.h"
#include "support/sampleentries.h"

using namespace painpace;

namespace {

PacingPlan walkingPlan() {
    PacingPlan plan;
    plan.id = 7;
    plan.activityName = QStringLiteral("Walking");
    plan.baseline = {BaselineMethod::Measured, {10, 12, 8}}; // 8 min
    plan.startDate = QDate(2026, 11, 2);                     // a Monday
    plan.weekdays = {1, 3, 5};
    return plan;
}

DailySummary day(const QDate& date, double pain, bool flare = false, int maxPain = -1) {
    DailySummary summary;
    summary.day = date;
    summary.checkIns = 1;
    summary.meanPain = pain;
    summary.minPain = static_cast<int>(pain);
    summary.maxPain = maxPain >= 0 ? maxPain : static_cast<int>(pain);
    summary.flare = flare;
    return summary;
}

PacingSession session(const QDate& date, int done, std::optional<int> before = std::nullopt,
                      std::optional<int> after = std::nullopt) {
    PacingSession s;
    s.planId = 7;
    s.plannedDay = date;
    s.started = painpace::testing::momentOn(date, 10);
    s.plannedAmount = 8;
    s.doneAmount = done;
    s.painBefore = before;
    s.painAfter = after;
    return s;
}

// All three sessions of a week done, nothing else.
WeekEvidence steady() {
    WeekEvidence evidence;
    evidence.plannedSessions = 3;
    evidence.sessionsDone = 3;
    return evidence;
}

} // namespace

TEST(WeeklyReview, SteadyWeeksGrowByOneLevelEach) {
    const PacingPlan plan = walkingPlan();
    PlanLevel level = firstLevel(plan);
    EXPECT_EQ(level.amount, 8);
    EXPECT_EQ(level.reason, QStringLiteral("Started at 8 min, the baseline."));
    QList<int> amounts{level.amount};
    for (int week = 1; week < 8; ++week) {
        level = reviewWeek(plan, level, steady());
        amounts.append(level.amount);
    }
    EXPECT_EQ(amounts, (QList<int>{8, 9, 10, 11, 12, 13, 14, 15}));
    EXPECT_EQ(level.week, 7);
    EXPECT_EQ(level.change, LevelChange::Up);
    EXPECT_EQ(level.reason, QStringLiteral("Up to 15 min: a steady week."));
}

TEST(WeeklyReview, AFlareHoldsAndASecondUnsettledWeekStepsBack) {
    const PacingPlan plan = walkingPlan();
    PlanLevel level = reviewWeek(plan, reviewWeek(plan, firstLevel(plan), steady()), steady());
    ASSERT_EQ(level.amount, 10);
    WeekEvidence flare = steady();
    flare.flareDays = {QDate(2026, 11, 17)}; // a Tuesday
    level = reviewWeek(plan, level, flare);
    EXPECT_EQ(level.change, LevelChange::Hold);
    EXPECT_EQ(level.amount, 10);
    EXPECT_EQ(level.reason, QStringLiteral("Held at 10 min: flare on Tuesday."));
    WeekEvidence lingering = steady();
    lingering.lingeringPainDays = {QDate(2026, 11, 25)}; // a Wednesday
    level = reviewWeek(plan, level, lingering);
    EXPECT_EQ(level.change, LevelChange::StepBack);
    EXPECT_EQ(level.amount, 9);
    EXPECT_EQ(level.reason,
              QStringLiteral("Back to 9 min: a second unsettled week in a row (pain stayed 2 or "
                             "more points higher the day after Wednesday's session)."));
    // The count starts again: one more unsettled week only holds.
    level = reviewWeek(plan, level, flare);
    EXPECT_EQ(level.change, LevelChange::Hold);
    EXPECT_EQ(level.amount, 9);
}

TEST(WeeklyReview, ASevereFlareStepsBackAtOnceButNeverBelowTheBaseline) {
    const PacingPlan plan = walkingPlan();
    WeekEvidence severe = steady();
    severe.flareDays = severe.severeFlareDays = {QDate(2026, 11, 12)}; // a Thursday
    PlanLevel level = reviewWeek(plan, reviewWeek(plan, firstLevel(plan), steady()), severe);
    EXPECT_EQ(level.change, LevelChange::StepBack);
    EXPECT_EQ(level.amount, 8);
    EXPECT_EQ(level.reason, QStringLiteral("Back to 8 min: severe flare on Thursday."));
    level = reviewWeek(plan, level, severe);
    EXPECT_EQ(level.change, LevelChange::Hold);
    EXPECT_EQ(level.level, 0);
    EXPECT_EQ(level.reason,
              QStringLiteral("Stayed at the baseline, 8 min: severe flare on Thursday."));
}

TEST(WeeklyReview, AWeekMostlyNotDoneHolds) {
    WeekEvidence idle = steady();
    idle.sessionsDone = 1;
    const PlanLevel level = reviewWeek(walkingPlan(), firstLevel(walkingPlan()), idle);
    EXPECT_EQ(level.change, LevelChange::Hold);
    EXPECT_EQ(level.reason, QStringLiteral("Held at 8 min: 1 of 3 sessions done last week."));
}

TEST(WeekEvidence, FlaresAndLingeringPainComeFromTheDiaryAndTheSessions) {
    const PacingPlan plan = walkingPlan();
    // Week 1 runs from Monday 9 to Sunday 15 November.
    const QList<DailySummary> summaries{
        day(QDate(2026, 11, 8), 3, true),     day(QDate(2026, 11, 10), 4),
        day(QDate(2026, 11, 12), 6),          day(QDate(2026, 11, 13), 6),
        day(QDate(2026, 11, 14), 7, true, 8), day(QDate(2026, 11, 16), 3, true)};
    const QList<PacingSession> sessions{
        // Monday: pain 3 before, 6 after, but 4 the next day: an expected short rise.
        session(QDate(2026, 11, 9), 8, 3, 6),
        // Wednesday: 4 before and still 6 the next day: lingering.
        session(QDate(2026, 11, 11), 8, 4, 7),
        // Friday: not done.
        session(QDate(2026, 11, 13), 0, 6, 6)};
    const WeekEvidence evidence = weekEvidence(plan, 1, summaries, sessions);
    EXPECT_EQ(evidence.flareDays, (QList<QDate>{QDate(2026, 11, 14)}));
    EXPECT_EQ(evidence.severeFlareDays, (QList<QDate>{QDate(2026, 11, 14)}));
    EXPECT_EQ(evidence.lingeringPainDays, (QList<QDate>{QDate(2026, 11, 11)}));
    EXPECT_EQ(evidence.plannedSessions, 3);
    EXPECT_EQ(evidence.sessionsDone, 2);
}

TEST(BoomBust, FarOverThePlanThenAFlareOrARiseWithinThreeDays) {
    const QList<DayActivity> activity{
        {7, QDate(2026, 11, 2), 8, 20},  // 250%: then a flare two days later
        {7, QDate(2026, 11, 9), 8, 12},  // exactly 150%: not over
        {7, QDate(2026, 11, 16), 8, 13}, // 163%: pain 4 -> 5.5 the next day (+1.5, 38%)
        {7, QDate(2026, 11, 23), 8, 30}, // 375%: pain 5 -> 6 (+1, only 20%): no bust
        {7, QDate(2026, 11, 30), 8, 30}, // a flare only on the fourth day: too late
    };
    const QList<DailySummary> summaries{
        day(QDate(2026, 11, 2), 3),  day(QDate(2026, 11, 4), 6, true),
        day(QDate(2026, 11, 9), 3),  day(QDate(2026, 11, 10), 6, true),
        day(QDate(2026, 11, 16), 4), day(QDate(2026, 11, 17), 5.5),
        day(QDate(2026, 11, 23), 5), day(QDate(2026, 11, 24), 6),
        day(QDate(2026, 11, 30), 4), day(QDate(2026, 12, 4), 7, true)};
    const QList<BoomBustDay> found = boomBustDays(activity, summaries);
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found[0].day, QDate(2026, 11, 2));
    EXPECT_EQ(found[0].bustDay, QDate(2026, 11, 4));
    EXPECT_TRUE(found[0].flare);
    EXPECT_EQ(found[1].day, QDate(2026, 11, 16));
    EXPECT_EQ(found[1].bustDay, QDate(2026, 11, 17));
    EXPECT_FALSE(found[1].flare);
    EXPECT_EQ(found[1].done, 13);
}
