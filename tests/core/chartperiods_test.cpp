#include <gtest/gtest.h>

#include "bodymap/bodyregioncatalogue.h"
#include "bodymap/regiongroup.h"
#include "stats/periods.h"
#include "stats/regionfrequency.h"
#include "stats/spasmperiods.h"

using namespace painpace;
using namespace painpace::stats;

TEST(Periods, UpToAYearIsCountedInWeeksAndLongerInMonths) {
    EXPECT_EQ(periodLengthFor(QDate(2026, 1, 1), QDate(2026, 12, 31)), PeriodLength::Week);
    EXPECT_EQ(periodLengthFor(QDate(2025, 1, 1), QDate(2026, 12, 31)), PeriodLength::Month);
}

TEST(Periods, WeeksStartOnMondayAndTheEdgesArePartial) {
    // 2026-11-04 is a Wednesday; 2026-11-22 a Sunday.
    const auto weeks = periodsBetween(QDate(2026, 11, 4), QDate(2026, 11, 22), PeriodLength::Week);
    ASSERT_EQ(weeks.size(), 3);
    EXPECT_EQ(weeks[0].start, QDate(2026, 11, 2));
    EXPECT_EQ(weeks[0].daysInRange, 5);
    EXPECT_EQ(weeks[1].start, QDate(2026, 11, 9));
    EXPECT_EQ(weeks[1].daysInRange, 7);
    EXPECT_EQ(weeks[2].start, QDate(2026, 11, 16));
    EXPECT_EQ(weeks[2].daysInRange, 7);
    EXPECT_EQ(periodIndex(QDate(2026, 11, 4), QDate(2026, 11, 15), PeriodLength::Week), 1);
    EXPECT_EQ(periodIndex(QDate(2026, 11, 4), QDate(2026, 11, 16), PeriodLength::Week), 2);
    EXPECT_EQ(periodIndex(QDate(2026, 11, 4), QDate(2026, 11, 1), PeriodLength::Week), -1);
}

TEST(Periods, MonthsCountTheirDaysInsideTheRange) {
    const auto months = periodsBetween(QDate(2023, 12, 20), QDate(2024, 3, 2), PeriodLength::Month);
    ASSERT_EQ(months.size(), 4);
    EXPECT_EQ(months[0].start, QDate(2023, 12, 1));
    EXPECT_EQ(months[0].daysInRange, 12);
    EXPECT_EQ(months[1].daysInRange, 31);
    EXPECT_EQ(months[2].daysInRange, 29); // a leap year
    EXPECT_EQ(months[3].daysInRange, 2);
    EXPECT_EQ(periodIndex(QDate(2023, 12, 20), QDate(2024, 3, 1), PeriodLength::Month), 3);
    EXPECT_TRUE(periodsBetween(QDate(2024, 3, 2), QDate(2024, 3, 1), PeriodLength::Week).isEmpty());
}

TEST(RegionGroups, EveryRegionFallsInTheGroupOfItsWpiArea) {
    EXPECT_EQ(regionGroupOf(QStringLiteral("back.trapezius.left")), RegionGroup::NeckAndShoulders);
    EXPECT_EQ(regionGroupOf(QStringLiteral("back.spine.cervical")), RegionGroup::NeckAndShoulders);
    EXPECT_EQ(regionGroupOf(QStringLiteral("back.scapula.right")), RegionGroup::UpperBack);
    EXPECT_EQ(regionGroupOf(QStringLiteral("back.sacroiliac.left")), RegionGroup::LowerBack);
    EXPECT_EQ(regionGroupOf(QStringLiteral("back.buttock.right")), RegionGroup::HipsAndButtocks);
    EXPECT_EQ(regionGroupOf(QStringLiteral("front.lowerarm.left")), RegionGroup::Arms);
    EXPECT_EQ(regionGroupOf(QStringLiteral("back.calf.left")), RegionGroup::Legs);
    EXPECT_EQ(regionGroupOf(QStringLiteral("front.chest.left")), RegionGroup::Other);
    EXPECT_EQ(regionGroupOf(QStringLiteral("back.head")), RegionGroup::Other);
    EXPECT_EQ(regionGroupOf(QStringLiteral("no.such.region")), RegionGroup::Other);
    int backRegions = 0;
    for (const BodyRegion& region : bodyRegions()) {
        if (region.view == BodyView::Back && regionGroupOf(region.code) != RegionGroup::Other)
            ++backRegions;
    }
    EXPECT_EQ(backRegions, 31); // all 32 back regions but the head
}

TEST(SpasmPeriods, SumsCountsAndSecondsPerWeekAndGroup) {
    const QDate from(2026, 11, 2); // Monday
    const QDate to(2026, 11, 15);
    const QList<SpasmDayTotal> days{
        {QDate(2026, 11, 3), QStringLiteral("back.lumbar.left"), SpasmContext::Sleep, 3, 40},
        {QDate(2026, 11, 3), QStringLiteral("back.sacroiliac.right"), SpasmContext::Rest, 1, 20},
        {QDate(2026, 11, 8), QStringLiteral("back.calf.right"), SpasmContext::Sleep, 2, 90},
        {QDate(2026, 11, 10), QStringLiteral("back.lumbar.right"), SpasmContext::Activity, 4, 60},
        {QDate(2026, 11, 16), QStringLiteral("back.lumbar.right"), SpasmContext::Activity, 9, 9},
    };
    const SpasmPeriods byGroup = spasmPeriods(days, from, to, SpasmStacking::ByRegionGroup);
    ASSERT_EQ(byGroup.periods.size(), 2);
    ASSERT_EQ(byGroup.layers.size(), kRegionGroupCount);
    const SpasmLayer& lowerBack = byGroup.layers[static_cast<int>(RegionGroup::LowerBack)];
    EXPECT_EQ(lowerBack.counts, (QList<int>{4, 4}));
    EXPECT_EQ(lowerBack.seconds, (QList<int>{60, 60}));
    const SpasmLayer& legs = byGroup.layers[static_cast<int>(RegionGroup::Legs)];
    EXPECT_EQ(legs.counts, (QList<int>{2, 0}));
    EXPECT_EQ(legs.seconds, (QList<int>{90, 0}));
    EXPECT_EQ(byGroup.totalCount, 10); // the 16th is outside the range
    EXPECT_EQ(byGroup.daysWithSpasms, 3);

    const SpasmPeriods byContext = spasmPeriods(days, from, to, SpasmStacking::ByContext);
    ASSERT_EQ(byContext.layers.size(), 3);
    EXPECT_EQ(byContext.layers[static_cast<int>(SpasmContext::Sleep)].counts, (QList<int>{5, 0}));
    EXPECT_EQ(byContext.layers[static_cast<int>(SpasmContext::Sleep)].seconds,
              (QList<int>{130, 0}));
    EXPECT_EQ(byContext.layers[static_cast<int>(SpasmContext::Activity)].totalCount, 4);
    EXPECT_EQ(byContext.layers[static_cast<int>(SpasmContext::Rest)].totalCount, 1);
}

TEST(RegionFrequency, CountsDaysPerWeekAndPutsTheMostFrequentRegionsFirst) {
    const QDate from(2026, 11, 2);
    const QDate to(2026, 11, 15);
    const QString lumbar = QStringLiteral("back.lumbar.left");
    const QString neck = QStringLiteral("back.neck.left");
    const QString calf = QStringLiteral("back.calf.left");
    const QList<RegionDay> days{{QDate(2026, 11, 2), neck},   {QDate(2026, 11, 3), lumbar},
                                {QDate(2026, 11, 4), lumbar}, {QDate(2026, 11, 9), lumbar},
                                {QDate(2026, 11, 9), neck},   {QDate(2026, 11, 10), calf},
                                {QDate(2026, 11, 20), calf}};
    const RegionFrequency all = regionFrequency(days, from, to, 10);
    EXPECT_EQ(all.regionsMarked, 3);
    ASSERT_EQ(all.rows.size(), 3);
    EXPECT_EQ(all.rows[0].regionCode, lumbar);
    EXPECT_EQ(all.rows[0].totalDays, 3);
    EXPECT_EQ(all.rows[0].daysPerPeriod, (QList<int>{2, 1}));
    EXPECT_EQ(all.rows[1].regionCode, neck);
    EXPECT_EQ(all.rows[1].daysPerPeriod, (QList<int>{1, 1}));
    EXPECT_EQ(all.rows[2].regionCode, calf);
    EXPECT_EQ(all.rows[2].totalDays, 1); // the 20th is outside the range

    const RegionFrequency top = regionFrequency(days, from, to, 2);
    EXPECT_EQ(top.regionsMarked, 3);
    ASSERT_EQ(top.rows.size(), 2);
    EXPECT_EQ(top.rows[1].regionCode, neck);
}
