#include <gtest/gtest.h>

#include "report/clinicianreport.h"

using namespace painpace;

namespace {

const QDate kFrom(2026, 3, 1);

// One summary a day from kFrom with these means (and the mean as the worst, unless given).
QList<DailySummary> days(const QList<double>& means) {
    QList<DailySummary> summaries;
    for (int i = 0; i < means.size(); ++i) {
        DailySummary day;
        day.day = kFrom.addDays(i);
        day.checkIns = 1;
        day.meanPain = means[i];
        day.maxPain = static_cast<int>(means[i]);
        summaries.append(day);
    }
    return summaries;
}

} // namespace

TEST(ClinicianReport, PainSummaryAveragesDailyMeansAndComparesTheHalves) {
    // Days 1-7: 3,4,3,4,3,4,3 (24/7); days 8-14: 6,7,6,7,8,6,7 (47/7).
    QList<DailySummary> summaries = days({3, 4, 3, 4, 3, 4, 3, 6, 7, 6, 7, 8, 6, 7});
    summaries[1].checkIns = 2;
    const PainSummary pain = summarizePain(summaries, kFrom, kFrom.addDays(13));
    EXPECT_EQ(pain.daysWithEntries, 14);
    EXPECT_EQ(pain.checkIns, 15);
    EXPECT_DOUBLE_EQ(*pain.average, 71.0 / 14.0);
    EXPECT_EQ(pain.worst, 8);
    EXPECT_DOUBLE_EQ(*pain.firstHalfAverage, 24.0 / 7.0);
    EXPECT_DOUBLE_EQ(*pain.secondHalfAverage, 47.0 / 7.0);
    EXPECT_EQ(pain.trend, PainTrend::Worse);
    EXPECT_EQ(pain.severeDays, 4); // 7, 7, 8, 7
}

TEST(ClinicianReport, TheTrendUsesTheMeaningfulChangeRule) {
    const QDate to = kFrom.addDays(9); // 10 days: halves of 5
    // 5 → 4.2: 0.8 points, under 1 point.
    EXPECT_EQ(summarizePain(days({5, 5, 5, 5, 5, 4, 4, 4, 4, 5}), kFrom, to).trend,
              PainTrend::AboutTheSame);
    // 6 → 4: 2 points and 33%: better.
    EXPECT_EQ(summarizePain(days({6, 6, 6, 6, 6, 4, 4, 4, 4, 4}), kFrom, to).trend,
              PainTrend::Better);
    // 8 → 7: 1 point but only 12.5%: about the same.
    EXPECT_EQ(summarizePain(days({8, 8, 8, 8, 8, 7, 7, 7, 7, 7}), kFrom, to).trend,
              PainTrend::AboutTheSame);
    // Two days in the second half are not enough to say.
    QList<DailySummary> sparse = days({3, 3, 3, 3, 3, 0, 0, 0, 6, 6});
    for (int i = 5; i < 8; ++i)
        sparse[i].checkIns = 0;
    const PainSummary pain = summarizePain(sparse, kFrom, to);
    EXPECT_EQ(pain.trend, PainTrend::NotEnoughData);
    EXPECT_EQ(pain.daysWithEntries, 7);
    EXPECT_DOUBLE_EQ(*pain.average, 27.0 / 7.0);
}

TEST(ClinicianReport, AnOddPeriodGivesTheMiddleDayToTheFirstHalf) {
    // 7 days: 1-4 first, 5-7 second.
    const PainSummary pain = summarizePain(days({2, 2, 2, 2, 5, 5, 5}), kFrom, kFrom.addDays(6));
    EXPECT_DOUBLE_EQ(*pain.firstHalfAverage, 2.0);
    EXPECT_DOUBLE_EQ(*pain.secondHalfAverage, 5.0);
}

TEST(ClinicianReport, NoEntriesGiveNoFigures) {
    const PainSummary pain = summarizePain({}, kFrom, kFrom.addDays(6));
    EXPECT_EQ(pain.daysWithEntries, 0);
    EXPECT_FALSE(pain.average);
    EXPECT_FALSE(pain.worst);
    EXPECT_EQ(pain.trend, PainTrend::NotEnoughData);
}

TEST(ClinicianReport, SpasmsAreCountedPerDayWeekAndRegion) {
    const QList<stats::SpasmDayTotal> totals{
        {kFrom, QStringLiteral("back.lumbar.left"), SpasmContext::Rest, 3, 60},
        {kFrom, QStringLiteral("back.trapezius.left"), SpasmContext::Activity, 2, 20},
        {kFrom.addDays(1), QStringLiteral("back.lumbar.left"), SpasmContext::Sleep, 4, 90},
        {kFrom.addDays(4), QStringLiteral("neck"), SpasmContext::Rest, 1, 5},
        {kFrom.addDays(5), QStringLiteral("back.thoracic"), SpasmContext::Rest, 1, 5},
    };
    const SpasmSummary spasms = summarizeSpasms(totals, 14);
    EXPECT_EQ(spasms.spasms, 11);
    EXPECT_EQ(spasms.daysWithSpasms, 4);
    EXPECT_DOUBLE_EQ(spasms.perWeek, 5.5);
    ASSERT_EQ(spasms.topRegions.size(), 3);
    EXPECT_EQ(spasms.topRegions[0], qMakePair(QStringLiteral("back.lumbar.left"), 7));
    EXPECT_EQ(spasms.topRegions[1], qMakePair(QStringLiteral("back.trapezius.left"), 2));
    EXPECT_EQ(spasms.topRegions[2].second, 1);
}
