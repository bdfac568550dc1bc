// Pain over long ranges by week and month (docs/design.md, "Charts over long ranges"): the
// median and quartiles of each period's days, a centred trend, and when each resolution is used.
#include <QRandomGenerator>

#include <algorithm>
#include <gtest/gtest.h>

#include "stats/periodpain.h"

using namespace painpace::stats;

namespace {

// A timeline from `first`, one day per value; a negative value is a day without entries.
PainTimeline timelineOf(const QDate& first, const QList<double>& values) {
    PainTimeline timeline;
    for (qsizetype i = 0; i < values.size(); ++i) {
        timeline.days.append(first.addDays(i));
        timeline.meanPain.append(values[i] < 0 ? std::nullopt : std::optional<double>(values[i]));
        timeline.daysWithData += values[i] < 0 ? 0 : 1;
    }
    return timeline;
}

} // namespace

TEST(PeriodPain, QuantilesInterpolateBetweenTheSortedValues) {
    EXPECT_DOUBLE_EQ(quantile({4, 1, 3, 2}, 0.25), 1.75);
    EXPECT_DOUBLE_EQ(quantile({4, 1, 3, 2}, 0.5), 2.5);
    EXPECT_DOUBLE_EQ(quantile({4, 1, 3, 2}, 0.75), 3.25);
    EXPECT_DOUBLE_EQ(quantile({7}, 0.25), 7.0);
    EXPECT_DOUBLE_EQ(quantile({2, 8}, 1.0), 8.0);
}

TEST(PeriodPain, DaysUpToAHundredThenWeeksUpToTwoYearsThenMonths) {
    const QDate to(2026, 12, 1);
    EXPECT_FALSE(painPeriodFor(to.addDays(-99), to).has_value()); // 100 days
    EXPECT_EQ(painPeriodFor(to.addDays(-100), to), PeriodLength::Week);
    EXPECT_EQ(painPeriodFor(to.addDays(-730), to), PeriodLength::Week); // 731 days
    EXPECT_EQ(painPeriodFor(to.addDays(-731), to), PeriodLength::Month);
}

TEST(PeriodPain, EachWeekHasItsMedianQuartilesAndFlaresAndThinWeeksAreLeftOut) {
    // Monday 2026-11-02: five days, then a week with two days only, then a full week.
    PainTimeline timeline = timelineOf(QDate(2026, 11, 2), {2, 4,  6,  8, 4,  -1, -1, //
                                                            5, -1, -1, 5, -1, -1, -1, //
                                                            1, 1,  2,  3, 5,  8,  9});
    timeline.flareDays = {QDate(2026, 11, 4), QDate(2026, 11, 20), QDate(2026, 11, 21)};
    const QList<PeriodPain> weeks = painByPeriod(timeline, PeriodLength::Week);
    ASSERT_EQ(weeks.size(), 2);
    EXPECT_EQ(weeks[0].start, QDate(2026, 11, 2));
    EXPECT_EQ(weeks[0].middle, QDate(2026, 11, 5)); // the Thursday of a whole week
    EXPECT_DOUBLE_EQ(weeks[0].median, 4.0);         // 2 4 4 6 8
    EXPECT_DOUBLE_EQ(weeks[0].lowerQuartile, 4.0);
    EXPECT_DOUBLE_EQ(weeks[0].upperQuartile, 6.0);
    EXPECT_EQ(weeks[0].days, 5);
    EXPECT_EQ(weeks[0].flareDays, 1);
    EXPECT_EQ(weeks[1].start, QDate(2026, 11, 16));
    EXPECT_DOUBLE_EQ(weeks[1].median, 3.0);        // 1 1 2 3 5 8 9
    EXPECT_DOUBLE_EQ(weeks[1].lowerQuartile, 1.5); // place 1.5 between 1 and 2
    EXPECT_DOUBLE_EQ(weeks[1].upperQuartile, 6.5); // place 4.5 between 5 and 8
    EXPECT_EQ(weeks[1].flareDays, 2);
}

// A month barely begun (3 days of December) is left out, rather than drawn as a spike.
TEST(PeriodPain, MonthsStartOnTheFirstAndAPartFirstMonthIsDrawnAtItsOwnMiddle) {
    QList<double> values(45, 4.0); // 2026-10-20 to 2026-12-03
    const QList<PeriodPain> months =
        painByPeriod(timelineOf(QDate(2026, 10, 20), values), PeriodLength::Month);
    ASSERT_EQ(months.size(), 2);
    EXPECT_EQ(months[0].start, QDate(2026, 10, 1));
    EXPECT_EQ(months[0].days, 12);
    EXPECT_EQ(months[0].middle, QDate(2026, 10, 26)); // 20 October + 12 / 2 days
    EXPECT_EQ(months[1].start, QDate(2026, 11, 1));
    EXPECT_EQ(months[1].days, 30);
    // From 24 October to 12 December: 8 days of October and 12 of December are enough.
    QList<double> longer(8 + 30 + 12, 4.0);
    EXPECT_EQ(painByPeriod(timelineOf(QDate(2026, 10, 24), longer), PeriodLength::Month).size(), 3);
}

TEST(PeriodPain, TheTrendIsACentredMeanOfTheMedians) {
    QList<PeriodPain> periods(5);
    for (int i = 0; i < 5; ++i)
        periods[i].median = i + 1;
    const QList<double> trend = periodTrend(periods, 1);
    ASSERT_EQ(trend.size(), 5);
    EXPECT_DOUBLE_EQ(trend[0], 1.5); // (1 + 2) / 2 at the start
    EXPECT_DOUBLE_EQ(trend[1], 2.0);
    EXPECT_DOUBLE_EQ(trend[2], 3.0);
    EXPECT_DOUBLE_EQ(trend[4], 4.5);
}

TEST(PeriodPain, PeriodMeansNeedThreeDays) {
    const QDate monday(2026, 11, 2);
    QList<QDate> days;
    for (int i = 0; i < 14; ++i)
        days.append(monday.addDays(i));
    QList<std::optional<double>> values(14);
    values[0] = 2;
    values[1] = 4;
    values[6] = 6;
    values[8] = 1; // the second week has one day only
    const QList<PeriodMean> means = periodMeans(days, values, PeriodLength::Week);
    ASSERT_EQ(means.size(), 1);
    EXPECT_EQ(means[0].middle, QDate(2026, 11, 5));
    EXPECT_DOUBLE_EQ(means[0].mean, 4.0);
}

// Over many seeded random diaries: every period's quartiles hold its median, all lie within the
// days' own lowest and highest, every day with pain is counted once, and the trend stays within
// the medians it smooths.
TEST(PeriodPain, RandomDiariesKeepMediansInsideTheirQuartilesAndEveryDayCounted) {
    for (quint32 seed = 1; seed <= 200; ++seed) {
        QRandomGenerator random(seed);
        QList<double> values;
        const int length = 30 + random.bounded(700);
        for (int i = 0; i < length; ++i)
            values.append(random.bounded(4) == 0 ? -1.0 : random.bounded(101) / 10.0);
        const PainTimeline timeline =
            timelineOf(QDate(2020, 1, 1).addDays(random.bounded(7)), values);
        for (PeriodLength length : {PeriodLength::Week, PeriodLength::Month}) {
            const QList<PeriodPain> periods = painByPeriod(timeline, length);
            int counted = 0;
            for (const PeriodPain& period : periods) {
                EXPECT_LE(period.lowerQuartile, period.median) << seed;
                EXPECT_LE(period.median, period.upperQuartile) << seed;
                EXPECT_GE(period.lowerQuartile, 0.0) << seed;
                EXPECT_LE(period.upperQuartile, 10.0) << seed;
                EXPECT_GE(period.days, fewestPeriodDays(length)) << seed;
                counted += period.days;
            }
            // Days in periods too thin to show are the only ones not counted.
            int thin = 0;
            const QList<Period> spans =
                periodsBetween(timeline.days.first(), timeline.days.last(), length);
            QList<int> perSpan(spans.size(), 0);
            for (qsizetype i = 0; i < timeline.days.size(); ++i) {
                if (timeline.meanPain[i])
                    ++perSpan[periodIndex(timeline.days.first(), timeline.days[i], length)];
            }
            for (int days : perSpan)
                thin += days < fewestPeriodDays(length) ? days : 0;
            EXPECT_EQ(counted + thin, timeline.daysWithData) << seed;
            const QList<double> trend = periodTrend(periods, kWeeklyTrendHalfWindow);
            if (periods.isEmpty())
                continue;
            const auto [low, high] = std::minmax_element(
                periods.cbegin(), periods.cend(),
                [](const PeriodPain& a, const PeriodPain& b) { return a.median < b.median; });
            for (double value : trend) {
                EXPECT_GE(value, low->median - 1e-9) << seed;
                EXPECT_LE(value, high->median + 1e-9) << seed;
            }
        }
    }
}
