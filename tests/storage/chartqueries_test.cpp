#include <gtest/gtest.h>

#include "storage/checkinrepository.h"
#include "storage/exposurerepository.h"
#include "storage/markstatisticsrepository.h"
#include "storage/spasmstatisticsrepository.h"
#include "support/sampleentries.h"
#include "support/tempdiary.h"

using namespace painpace;
using painpace::testing::completeCheckIn;
using painpace::testing::minimalCheckIn;
using painpace::testing::TempDiaryTest;

// The SQL aggregates behind the spasm, region and trigger charts.
class ChartQueriesTest : public TempDiaryTest {
protected:
    void SetUp() override {
        TempDiaryTest::SetUp();
        m_db = openDiary();
        // The 14th: the complete entry (pain 6, a lumbar spasm x3 of 40 s in sleep, a twitch,
        // two triggers, two therapies, a trapezius mark) and a second entry with pain 2.
        CheckIn complete = completeCheckIn(QDate(2026, 3, 14));
        CheckIn evening = minimalCheckIn(2, QDate(2026, 3, 14), 20);
        evening.spasms = {{SpasmKind::Spasm, QStringLiteral("back.lumbar.left"), 2, Seconds{30}, 4,
                           SpasmContext::Sleep},
                          {SpasmKind::Spasm, QStringLiteral("back.calf.left"), 1, Seconds{15}, 3,
                           SpasmContext::Activity}};
        evening.triggers = {{QStringLiteral("poor_sleep"), TriggerLevel::ALittle}};
        evening.marks = complete.marks;
        // The 15th: pain 5, nothing else. The 20th: outside the queried range.
        CheckIn nextDay = minimalCheckIn(5, QDate(2026, 3, 15));
        CheckIn later = completeCheckIn(QDate(2026, 3, 20));
        QList<CheckIn> entries{complete, evening, nextDay, later};
        CheckInRepository(*m_db).saveAll(entries);
    }

    const QDate m_from{2026, 3, 1};
    const QDate m_to{2026, 3, 19};
    std::unique_ptr<Database> m_db;
};

TEST_F(ChartQueriesTest, SpasmsAreSummedPerDayRegionAndContextWithoutTwitches) {
    const auto days = SpasmStatisticsRepository(*m_db).spasmDays(m_from, m_to);
    ASSERT_EQ(days.size(), 2);
    EXPECT_EQ(days[0].day, QDate(2026, 3, 14));
    EXPECT_EQ(days[0].regionCode, QStringLiteral("back.calf.left"));
    EXPECT_EQ(days[0].context, SpasmContext::Activity);
    EXPECT_EQ(days[0].count, 1);
    EXPECT_EQ(days[0].durationSeconds, 15);
    EXPECT_EQ(days[1].regionCode, QStringLiteral("back.lumbar.left"));
    EXPECT_EQ(days[1].context, SpasmContext::Sleep);
    EXPECT_EQ(days[1].count, 5);
    EXPECT_EQ(days[1].durationSeconds, 70);
}

TEST_F(ChartQueriesTest, ARegionMarkedTwiceOnADayCountsOnce) {
    const auto days = MarkStatisticsRepository(*m_db).regionDays(m_from, m_to);
    ASSERT_EQ(days.size(), 1);
    EXPECT_EQ(days[0].day, QDate(2026, 3, 14));
    EXPECT_EQ(days[0].regionCode, QStringLiteral("back.trapezius.right"));
    EXPECT_EQ(MarkStatisticsRepository(*m_db).regionDays(m_from, QDate(2026, 3, 31)).size(), 2);
}

TEST_F(ChartQueriesTest, ExposureDaysCarryTheDaysMeanPainAndEachCodeOnce) {
    const ExposureRepository repository(*m_db);
    const auto triggers = repository.days(ExposureRepository::Source::Triggers, m_from, m_to);
    ASSERT_EQ(triggers.size(), 2);
    EXPECT_EQ(triggers[0].day, QDate(2026, 3, 14));
    EXPECT_DOUBLE_EQ(triggers[0].pain, 4.0);
    EXPECT_EQ(triggers[0].exposures,
              (QSet<QString>{QStringLiteral("poor_sleep"), QStringLiteral("cold_damp_weather")}));
    EXPECT_EQ(triggers[1].day, QDate(2026, 3, 15));
    EXPECT_DOUBLE_EQ(triggers[1].pain, 5.0);
    EXPECT_TRUE(triggers[1].exposures.isEmpty());
    const auto therapies = repository.days(ExposureRepository::Source::Therapies, m_from, m_to);
    EXPECT_EQ(therapies[0].exposures,
              (QSet<QString>{QStringLiteral("heating_pad"), QStringLiteral("magnesium")}));
}
