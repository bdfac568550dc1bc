#include <QSignalSpy>

#include <gtest/gtest.h>

#include "diary/validationissue.h"
#include "storage/checkinrepository.h"
#include "storage/trialrepository.h"
#include "support/sampleentries.h"
#include "support/tempdiary.h"

using namespace painpace;
using painpace::testing::minimalCheckIn;
using painpace::testing::TempDiaryTest;

class TrialRepositoryTest : public TempDiaryTest {
protected:
    void SetUp() override {
        TempDiaryTest::SetUp();
        m_db = openDiary();
        m_trial.therapyCode = QStringLiteral("heating_pad");
        m_trial.comparison = TrialComparison::OtherTherapy;
        m_trial.otherTherapyCode = QStringLiteral("warm_bath");
        m_trial.outcome = TrialOutcome::Pain;
        m_trial.secondaryOutcomes = {TrialOutcome::Spasms, TrialOutcome::SleepQuality};
        m_trial.periodDays = 3;
        m_trial.cycles = 2;
        m_trial.seed = 0xFEDCBA9876543210ULL; // above the signed range: stored bit for bit
        m_trial.startDate = QDate(2026, 11, 2);
        m_trial.pauses = {{QDate(2026, 11, 5), 2}};
    }
    TrialRepository repository() const { return TrialRepository(*m_db); }

    std::unique_ptr<Database> m_db;
    TherapyTrial m_trial;
};

TEST_F(TrialRepositoryTest, ATrialIsStoredWithItsDesignAndPauses) {
    QSignalSpy changed(&m_db->notifier(), &DiaryNotifier::trialsChanged);
    repository().save(m_trial);
    EXPECT_GT(m_trial.id, 0);
    EXPECT_EQ(m_trial.therapyName, QStringLiteral("Heating pad"));
    EXPECT_EQ(m_trial.otherTherapyName, QStringLiteral("Warm bath"));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(repository().trial(m_trial.id), m_trial);
    m_trial.status = TrialStatus::Abandoned;
    m_trial.pauses.clear();
    repository().save(m_trial);
    EXPECT_EQ(repository().trials(), QList<TherapyTrial>{m_trial});
}

TEST_F(TrialRepositoryTest, AnInvalidTrialStoresNothing) {
    m_trial.cycles = 9;
    EXPECT_THROW(repository().save(m_trial), ValidationError);
    EXPECT_TRUE(repository().trials().isEmpty());
}

TEST_F(TrialRepositoryTest, DayRecordsJoinTheDiaryAndAdherence) {
    repository().save(m_trial);
    QList<CheckIn> entries{minimalCheckIn(6, QDate(2026, 11, 2)),
                           minimalCheckIn(4, QDate(2026, 11, 2), 20),
                           minimalCheckIn(3, QDate(2026, 11, 8))};
    CheckInRepository(*m_db).saveAll(entries);
    repository().setFollowed(m_trial.id, QDate(2026, 11, 2), true);
    repository().setFollowed(m_trial.id, QDate(2026, 11, 3), true);
    repository().setFollowed(m_trial.id, QDate(2026, 11, 3), false); // corrected
    const QList<TrialPeriod> schedule = trialSchedule(m_trial);
    const auto records = repository().dayRecords(m_trial, schedule, TrialOutcome::Pain);
    EXPECT_DOUBLE_EQ(*records.value(QDate(2026, 11, 2)).outcome, 5.0);
    EXPECT_EQ(records.value(QDate(2026, 11, 2)).followed, true);
    EXPECT_EQ(records.value(QDate(2026, 11, 3)).followed, false);
    EXPECT_FALSE(records.value(QDate(2026, 11, 3)).outcome.has_value());
    EXPECT_DOUBLE_EQ(*records.value(QDate(2026, 11, 8)).outcome, 3.0);
    EXPECT_EQ(repository().runningOn(QDate(2026, 11, 8))->id, m_trial.id);
    EXPECT_FALSE(repository().runningOn(QDate(2026, 11, 5))); // paused
    repository().clearFollowed(m_trial.id, QDate(2026, 11, 3));
    EXPECT_EQ(repository().followed(m_trial.id).size(), 1);
    repository().remove(m_trial.id);
    EXPECT_TRUE(repository().followed(m_trial.id).isEmpty());
}
