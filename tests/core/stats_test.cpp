#include <gtest/gtest.h>

#include "stats/descriptive.h"
#include "stats/exposureeffects.h"
#include "stats/paintimeline.h"
#include "stats/studentt.h"

using namespace painpace::stats;

// Reference values were computed independently (numerical integration of the t density, and
// the textbook formulas by hand) to at least six decimals.

TEST(StudentT, QuantilesMatchTheTables) {
    EXPECT_NEAR(studentTQuantile(0.975, 4), 2.776445, 1e-5);
    EXPECT_NEAR(studentTQuantile(0.975, 10), 2.228139, 1e-5);
    EXPECT_NEAR(studentTQuantile(0.975, 30), 2.042272, 1e-5);
    EXPECT_NEAR(studentTQuantile(0.975, 3.857142857142857), 2.817474, 1e-5);
    EXPECT_NEAR(studentTQuantile(0.5, 7), 0.0, 1e-6);
    EXPECT_NEAR(studentTCdf(2.776445, 4), 0.975, 1e-6);
    EXPECT_NEAR(studentTCdf(-2.776445, 4), 0.025, 1e-6);
}

TEST(RollingMean, AveragesTheDaysWithDataInATrailingWindow) {
    const QList<std::optional<double>> daily{1, 2, 3, std::nullopt, 5, 6, 7};
    const auto rolled = rollingMean(daily, 3, 2);
    ASSERT_EQ(rolled.size(), 7);
    EXPECT_FALSE(rolled[0]); // one day of data is not enough
    EXPECT_DOUBLE_EQ(*rolled[1], 1.5);
    EXPECT_DOUBLE_EQ(*rolled[2], 2.0);
    EXPECT_DOUBLE_EQ(*rolled[3], 2.5); // the missing day is skipped, not counted as 0
    EXPECT_DOUBLE_EQ(*rolled[4], 4.0);
    EXPECT_DOUBLE_EQ(*rolled[5], 5.5);
    EXPECT_DOUBLE_EQ(*rolled[6], 6.0);
}

TEST(RollingMean, AGapLongerThanTheWindowLeavesNoValue) {
    const QList<std::optional<double>> daily{4, std::nullopt, std::nullopt, std::nullopt, 6};
    const auto rolled = rollingMean(daily, 3, 1);
    EXPECT_DOUBLE_EQ(*rolled[0], 4.0);
    EXPECT_DOUBLE_EQ(*rolled[2], 4.0);
    EXPECT_FALSE(rolled[3]);
    EXPECT_DOUBLE_EQ(*rolled[4], 6.0);
}

TEST(WelchDifference, GivesTheDifferenceOfMeansWithA95PercentInterval) {
    const auto result = welchDifference({5, 6, 7}, {3, 4, 5, 4});
    ASSERT_TRUE(result);
    EXPECT_DOUBLE_EQ(result->meanWith, 6.0);
    EXPECT_DOUBLE_EQ(result->meanWithout, 4.0);
    EXPECT_DOUBLE_EQ(result->difference, 2.0);
    EXPECT_NEAR(result->low, 0.007745, 1e-5);
    EXPECT_NEAR(result->high, 3.992255, 1e-5);
    EXPECT_EQ(result->nWith, 3);
    EXPECT_EQ(result->nWithout, 4);
}

TEST(WelchDifference, FewerThanThreeDaysInAGroupIsNotEnough) {
    EXPECT_FALSE(welchDifference({5, 6}, {3, 4, 5}));
    EXPECT_FALSE(welchDifference({5, 5, 5}, {4, 4, 4})); // nothing varies: no honest interval
}

TEST(Pearson, GivesRAndItsFisherInterval) {
    const auto result = pearson({{1, 2}, {2, 4}, {3, 5}, {4, 4}, {5, 5}});
    ASSERT_TRUE(result);
    EXPECT_NEAR(result->r, 0.774597, 1e-6);
    EXPECT_NEAR(result->low, -0.340082, 1e-6);
    EXPECT_NEAR(result->high, 0.984236, 1e-6);
    EXPECT_EQ(result->n, 5);
}

TEST(Pearson, TooFewOrFlatPairsGiveNothing) {
    EXPECT_FALSE(pearson({{1, 2}, {2, 3}, {3, 5}}));
    EXPECT_FALSE(pearson({{1, 2}, {2, 2}, {3, 2}, {4, 2}}));
}

TEST(Lttb, KeepsTheEndsAndThePeaks) {
    QList<QPointF> points;
    for (int i = 0; i < 100; ++i)
        points.append(QPointF(i, i == 37 ? 10.0 : (i == 71 ? -10.0 : 0.0)));
    const QList<QPointF> sampled = downsampleLttb(points, 10);
    ASSERT_EQ(sampled.size(), 10);
    EXPECT_EQ(sampled.first(), points.first());
    EXPECT_EQ(sampled.last(), points.last());
    EXPECT_TRUE(sampled.contains(QPointF(37, 10.0)));
    EXPECT_TRUE(sampled.contains(QPointF(71, -10.0)));
    for (qsizetype i = 1; i < sampled.size(); ++i)
        EXPECT_LT(sampled[i - 1].x(), sampled[i].x());
}

TEST(Lttb, FewerPointsThanTheLimitAreLeftAsTheyAre) {
    const QList<QPointF> points{{0, 1}, {1, 3}, {2, 2}};
    EXPECT_EQ(downsampleLttb(points, 10), points);
}

namespace {
ExposureDay on(int day, double pain, QSet<QString> exposures = {}) {
    return {QDate(2026, 3, day), pain, std::move(exposures)};
}
} // namespace

TEST(ExposureEffects, ComparesDaysWithAndWithoutTheSameDayAndTheNext) {
    const QString cold = QStringLiteral("cold_damp_weather");
    const QString heat = QStringLiteral("heating_pad");
    // Cold days hurt more the same day; heat days are followed by easier days.
    const QList<ExposureDay> days{on(1, 7, {cold}), on(2, 3, {heat}), on(3, 2),
                                  on(4, 6, {cold}), on(5, 4, {heat}), on(6, 2),
                                  on(7, 8, {cold}), on(8, 4, {heat}), on(9, 3)};
    const QList<ExposureEffect> sameDay = exposureEffects(days, 0);
    ASSERT_EQ(sameDay.size(), 2);
    EXPECT_EQ(sameDay[0].code, cold); // the larger effect first
    EXPECT_DOUBLE_EQ(sameDay[0].difference.meanWith, 7.0);
    EXPECT_DOUBLE_EQ(sameDay[0].difference.meanWithout, 3.0);
    EXPECT_EQ(sameDay[0].difference.nWith, 3);
    EXPECT_EQ(sameDay[0].difference.nWithout, 6);

    const QList<ExposureEffect> nextDay = exposureEffects(days, 1);
    const auto heatEffect = std::find_if(nextDay.begin(), nextDay.end(),
                                         [&](const ExposureEffect& e) { return e.code == heat; });
    ASSERT_NE(heatEffect, nextDay.end());
    // Days after heat: 3rd (2), 6th (2), 9th (3); the last day has no next day and is left out.
    EXPECT_DOUBLE_EQ(heatEffect->difference.meanWith, 7.0 / 3.0);
    EXPECT_EQ(heatEffect->difference.nWithout, 5);
    EXPECT_EQ(heatEffect->lagDays, 1);
}

TEST(ExposureEffects, ExposuresWithFewerThanThreeDaysEitherWayAreLeftOut) {
    const QString travel = QStringLiteral("travel");
    const QList<ExposureDay> days{on(1, 5, {travel}), on(2, 6, {travel}), on(3, 2), on(4, 3),
                                  on(5, 4)};
    EXPECT_TRUE(exposureEffects(days, 0).isEmpty());
}

namespace {
painpace::DailySummary summary(int day, double mean, int low, int high, bool flare = false) {
    painpace::DailySummary s;
    s.day = QDate(2026, 3, day);
    s.meanPain = mean;
    s.minPain = low;
    s.maxPain = high;
    s.flare = flare;
    s.checkIns = 1;
    return s;
}
} // namespace

TEST(PainTimeline, OneEntryPerCalendarDayWithGapsRollingMeanAndFlares) {
    const QList<painpace::DailySummary> summaries{summary(1, 4, 3, 5),       summary(2, 5, 5, 5),
                                                  summary(3, 6, 4, 8, true), summary(5, 3, 3, 3),
                                                  summary(6, 2, 1, 3),       summary(7, 4, 4, 4)};
    const PainTimeline timeline = painTimeline(summaries, QDate(2026, 3, 1), QDate(2026, 3, 8));
    ASSERT_EQ(timeline.days.size(), 8);
    EXPECT_EQ(timeline.daysWithData, 6);
    EXPECT_FALSE(timeline.meanPain[3]); // the 4th has no entry: a gap, not a zero
    EXPECT_EQ(timeline.maxPain[2], 8);
    EXPECT_EQ(timeline.flareDays, QList<QDate>{QDate(2026, 3, 3)});
    EXPECT_FALSE(timeline.rolling7[2]); // three days are not enough for a week's mean
    EXPECT_DOUBLE_EQ(*timeline.rolling7[4], (4 + 5 + 6 + 3) / 4.0);
    EXPECT_DOUBLE_EQ(*timeline.rolling7[7], (5 + 6 + 3 + 2 + 4) / 5.0); // days 2-8 of the week
}

TEST(SleepPainPairs, PairEachNightWithThePainOfTheDayAfterIt) {
    painpace::DailySummary rested = summary(1, 3, 3, 3);
    rested.meanSleepQuality = 8;
    rested.meanSleepMinutes = 450;
    painpace::DailySummary poor = summary(2, 7, 6, 8);
    poor.meanSleepQuality = 2;
    poor.meanSleepMinutes = 270;
    const painpace::DailySummary noSleepRecorded = summary(3, 5, 5, 5);
    const QList<painpace::DailySummary> days{rested, poor, noSleepRecorded};
    EXPECT_EQ(sleepPainPairs(days, false), (QList<QPointF>{{8, 3}, {2, 7}}));
    EXPECT_EQ(sleepPainPairs(days, true), (QList<QPointF>{{7.5, 3}, {4.5, 7}}));
}
