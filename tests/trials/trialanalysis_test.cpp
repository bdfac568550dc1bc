#include <cmath>
#include <gtest/gtest.h>

#include "trials/beforeafter.h"
#include "trials/trialanalysis.h"

using namespace painpace;

namespace {

TherapyTrial trialOf(int cycles, int periodDays = 4) {
    TherapyTrial trial;
    trial.therapyCode = QStringLiteral("heating_pad");
    trial.periodDays = periodDays;
    trial.cycles = cycles;
    trial.seed = 42; // B first, B first, A first, A first
    trial.startDate = QDate(2026, 11, 2);
    return trial;
}

// Fills every day of each period with its value (pain).
QHash<QDate, TrialDayRecord> daysWith(const QList<TrialPeriod>& schedule,
                                      const QList<QList<double>>& values) {
    QHash<QDate, TrialDayRecord> days;
    for (qsizetype p = 0; p < schedule.size(); ++p) {
        for (qsizetype d = 0; d < schedule[p].days.size(); ++d)
            days.insert(schedule[p].days[d], {values[p][d], true});
    }
    return days;
}

// Student t with 2 and 3 degrees of freedom in closed form, to check the model independently.
double t2Cdf(double t) {
    return 0.5 + t / (2.0 * std::sqrt(2.0 + t * t));
}
double t3Cdf(double t) {
    const double x = t / std::sqrt(3.0);
    return 0.5 + (x / (1.0 + x * x) + std::atan(x)) / M_PI;
}

} // namespace

TEST(TrialAnalysis, AClearEffectIsReportedWithItsIntervalAndProbability) {
    const TherapyTrial trial = trialOf(3);
    const QList<TrialPeriod> schedule = trialSchedule(trial); // B A | B A | A B
    // Improvements per cycle (B − A): 2, 1.5 and 2.5 points.
    const QHash<QDate, TrialDayRecord> days = daysWith(
        schedule,
        {{6, 6, 6, 6}, {4, 4, 4, 4}, {5, 6, 5, 6}, {4, 4, 4, 4}, {3, 3, 3, 3}, {5, 6, 5, 6}});
    const TrialResult result = analyseTrial(trial, schedule, days);
    ASSERT_TRUE(result.enough);
    EXPECT_EQ(result.improvements, (QList<double>{2.0, 1.5, 2.5}));
    EXPECT_DOUBLE_EQ(result.meanImprovement, 2.0);
    // s = 0.5, se = 0.5/√3, t(0.975, 2) = 4.302653: 2 ± 1.242069.
    EXPECT_NEAR(result.low, 0.757931, 1e-5);
    EXPECT_NEAR(result.high, 3.242069, 1e-5);
    // Only "all as seen" and "all reversed" are as far from 0: 2 of 8 orders.
    EXPECT_DOUBLE_EQ(result.randomizationP, 0.25);
    EXPECT_NEAR(result.probabilityMeaningful, t2Cdf(1.0 / (0.5 / std::sqrt(3.0))), 1e-6);
    EXPECT_NEAR(result.probabilityMeaningful, 0.962910, 1e-6);
    EXPECT_EQ(result.daysWithData, 24);
}

TEST(TrialAnalysis, NoEffectGivesAnIntervalAroundZeroAndALowProbability) {
    const TherapyTrial trial = trialOf(4);
    const QList<TrialPeriod> schedule = trialSchedule(trial); // B A | B A | A B | A B
    // Improvements: 1, −1, 0.5, −0.5.
    const QHash<QDate, TrialDayRecord> days = daysWith(schedule, {{5, 5, 5, 5},
                                                                  {4, 4, 4, 4},
                                                                  {4, 4, 4, 4},
                                                                  {5, 5, 5, 5},
                                                                  {4, 4, 4, 4},
                                                                  {4.5, 4.5, 4.5, 4.5},
                                                                  {5, 5, 5, 5},
                                                                  {4.5, 4.5, 4.5, 4.5}});
    const TrialResult result = analyseTrial(trial, schedule, days);
    ASSERT_TRUE(result.enough);
    EXPECT_EQ(result.improvements, (QList<double>{1.0, -1.0, 0.5, -0.5}));
    EXPECT_DOUBLE_EQ(result.meanImprovement, 0.0);
    EXPECT_DOUBLE_EQ(result.randomizationP, 1.0);
    const double se = std::sqrt(2.5 / 3.0) / 2.0;
    EXPECT_NEAR(result.probabilityMeaningful, 1.0 - t3Cdf(1.0 / se), 1e-6);
    EXPECT_NEAR(result.probabilityMeaningful, 0.058079, 1e-6);
    EXPECT_LT(result.low, 0.0);
    EXPECT_GT(result.high, 0.0);
}

TEST(TrialAnalysis, FewerThanTwoPairedCyclesIsNotEnoughAndGivesNoNumbers) {
    const TherapyTrial trial = trialOf(2);
    const QList<TrialPeriod> schedule = trialSchedule(trial);
    QHash<QDate, TrialDayRecord> days =
        daysWith(schedule, {{6, 6, 6, 6}, {4, 4, 4, 4}, {6, 6, 6, 6}, {4, 4, 4, 4}});
    for (const QDate& day : schedule[3].days)
        days.remove(day); // the second cycle's A period has no diary data
    const TrialResult result = analyseTrial(trial, schedule, days);
    EXPECT_FALSE(result.enough);
    EXPECT_EQ(result.improvements.size(), 1);
    EXPECT_DOUBLE_EQ(result.meanImprovement, 0.0);
    EXPECT_FALSE(result.periodMeans[3].has_value());
}

TEST(TrialAnalysis, CarryOverAndSkippedDaysCanBeLeftOut) {
    const TherapyTrial trial = trialOf(2);
    const QList<TrialPeriod> schedule = trialSchedule(trial); // B A | B A
    // Each period after a switch starts with a day that still looks like the previous arm.
    QHash<QDate, TrialDayRecord> days =
        daysWith(schedule, {{6, 6, 6, 6}, {6, 4, 4, 4}, {4, 6, 6, 6}, {6, 4, 4, 4}});
    days[schedule[3].days[3]] = {7.0, false}; // a day the heat pad was not used
    const TrialResult all = analyseTrial(trial, schedule, days);
    EXPECT_EQ(all.improvements, (QList<double>{1.5, 0.25})); // 6 − 4.5; 5.5 − 5.25
    EXPECT_EQ(all.daysNotFollowed, 1);
    const TrialResult noCarryOver = analyseTrial(trial, schedule, days, {true, false});
    // Period 1 (A) loses its first day: 4; period 2 (B) its first: 6; period 3 (A): 4, 4, 7.
    EXPECT_EQ(noCarryOver.improvements, (QList<double>{2.0, 6.0 - 5.0}));
    EXPECT_EQ(noCarryOver.daysLeftOut, 3);
    const TrialResult followedOnly = analyseTrial(trial, schedule, days, {true, true});
    EXPECT_EQ(followedOnly.improvements, (QList<double>{2.0, 2.0}));
    EXPECT_EQ(followedOnly.daysLeftOut, 4);
    EXPECT_DOUBLE_EQ(followedOnly.probabilityMeaningful, 1.0); // no spread: certain
}

TEST(TrialAnalysis, SleepQualityImprovesUpwards) {
    TherapyTrial trial = trialOf(2);
    trial.outcome = TrialOutcome::SleepQuality;
    const QList<TrialPeriod> schedule = trialSchedule(trial); // B A | B A
    const QHash<QDate, TrialDayRecord> days =
        daysWith(schedule, {{4, 4, 4, 4}, {6, 6, 6, 6}, {5, 5, 5, 5}, {6, 6, 6, 6}});
    EXPECT_EQ(analyseTrial(trial, schedule, days).improvements, (QList<double>{2.0, 1.0}));
}

TEST(BeforeAfter, ComparesTwoWeeksBeforeTheFirstUseWithTheTwoFromIt) {
    QList<DailySummary> summaries;
    const QDate first(2026, 11, 15);
    // Pain 6 and 5 alternating before (mean 5.5), 4 and 3 alternating after (mean 3.5); a day
    // 20 days before does not count.
    for (int offset = -14; offset < 14; ++offset) {
        DailySummary day;
        day.day = first.addDays(offset);
        day.checkIns = 1;
        day.meanPain = offset < 0 ? (offset % 2 == 0 ? 6 : 5) : (offset % 2 == 0 ? 4 : 3);
        summaries.append(day);
    }
    DailySummary early;
    early.day = first.addDays(-20);
    early.checkIns = 1;
    early.meanPain = 10;
    summaries.prepend(early);
    const auto result = beforeAfter(summaries, {first.addDays(3), first}, TrialOutcome::Pain);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->firstUse, first);
    EXPECT_DOUBLE_EQ(result->difference.meanWithout, 5.5);
    EXPECT_DOUBLE_EQ(result->difference.meanWith, 3.5);
    EXPECT_EQ(result->difference.nWith, 14);
    EXPECT_EQ(result->difference.nWithout, 14);
    EXPECT_DOUBLE_EQ(result->improvement, 2.0);
    EXPECT_FALSE(beforeAfter(summaries, {}, TrialOutcome::Pain));
    EXPECT_FALSE(beforeAfter(summaries, {first.addDays(-40)}, TrialOutcome::Pain));
}
