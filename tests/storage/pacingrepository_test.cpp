#include <QSignalSpy>

#include <gtest/gtest.h>

#include "diary/validationissue.h"
#include "storage/checkinrepository.h"
#include "storage/pacingrepository.h"
#include "storage/storageerror.h"
#include "support/sampleentries.h"
#include "support/tempdiary.h"

using namespace painpace;
using painpace::testing::minimalCheckIn;
using painpace::testing::momentOn;
using painpace::testing::TempDiaryTest;

class PacingRepositoryTest : public TempDiaryTest {
protected:
    void SetUp() override {
        TempDiaryTest::SetUp();
        m_db = openDiary();
        m_plan.activityCode = QStringLiteral("walking");
        m_plan.activityName = QStringLiteral("Walking");
        m_plan.baseline = {BaselineMethod::Measured, {10, 12, 8}};
        m_plan.startDate = QDate(2026, 11, 2); // a Monday
        m_plan.weekdays = {1, 3, 5};
        m_plan.time = QTime(10, 15);
        m_plan.boutLimit = 5;
    }
    PacingRepository repository() const { return PacingRepository(*m_db); }
    void doSession(const QDate& day, int done, int before = 3, int after = 4) {
        PacingSession session;
        session.planId = m_plan.id;
        session.plannedDay = day;
        session.started = momentOn(day, 10);
        session.plannedAmount = 8;
        session.doneAmount = done;
        session.painBefore = before;
        session.painAfter = after;
        session.exertion = 3;
        repository().saveSession(session);
    }
    void logPain(const QDate& day, int pain, bool flare = false) {
        CheckIn entry = minimalCheckIn(pain, day, 20);
        entry.flare = flare;
        CheckInRepository(*m_db).save(entry);
    }

    std::unique_ptr<Database> m_db;
    PacingPlan m_plan;
};

TEST_F(PacingRepositoryTest, APlanIsStoredWithEverySettingAndStartsAtItsBaseline) {
    QSignalSpy changed(&m_db->notifier(), &DiaryNotifier::pacingChanged);
    repository().savePlan(m_plan);
    EXPECT_GT(m_plan.id, 0);
    EXPECT_FALSE(m_plan.uuid.isNull());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(repository().plan(m_plan.id), m_plan);
    const QList<PlanLevel> levels = repository().levels(m_plan.id);
    ASSERT_EQ(levels.size(), 1);
    EXPECT_EQ(levels[0].amount, 8);
    EXPECT_EQ(levels[0].reason, QStringLiteral("Started at 8 min, the baseline."));

    m_plan.weeklyIncreasePercent = 15;
    repository().savePlan(m_plan);
    EXPECT_EQ(repository().plan(m_plan.id)->weeklyIncreasePercent, 15);
    repository().setArchived(m_plan.id, true);
    EXPECT_TRUE(repository().plans().isEmpty());
    EXPECT_EQ(repository().plans(true).size(), 1);
}

TEST_F(PacingRepositoryTest, AnInvalidPlanIsRefusedAndNothingIsStored) {
    m_plan.weekdays.clear();
    EXPECT_THROW(repository().savePlan(m_plan), ValidationError);
    EXPECT_TRUE(repository().plans(true).isEmpty());
    PacingSession session;
    session.planId = 99;
    EXPECT_THROW(repository().saveSession(session), ValidationError);
}

TEST_F(PacingRepositoryTest, WeeksAreReviewedFromTheDiaryOnceAndKept) {
    repository().savePlan(m_plan);
    // Week 0 (2-8 Nov): all three sessions, no trouble. Week 1 (9-15 Nov): a flare on Tuesday.
    for (const QDate& day : {QDate(2026, 11, 2), QDate(2026, 11, 4), QDate(2026, 11, 6)}) {
        doSession(day, 8);
        logPain(day, 3);
    }
    doSession(QDate(2026, 11, 9), 9);
    logPain(QDate(2026, 11, 10), 6, true);
    doSession(QDate(2026, 11, 11), 9);

    // On Wednesday of week 1 only week 0 is over.
    QList<PlanLevel> levels = repository().reviewDueWeeks(m_plan.id, QDate(2026, 11, 11));
    ASSERT_EQ(levels.size(), 2);
    EXPECT_EQ(levels[1].amount, 9);
    EXPECT_EQ(levels[1].reason, QStringLiteral("Up to 9 min: a steady week."));
    // A week later, week 1 is reviewed too; asking again changes nothing.
    levels = repository().reviewDueWeeks(m_plan.id, QDate(2026, 11, 17));
    ASSERT_EQ(levels.size(), 3);
    EXPECT_EQ(levels[2].change, LevelChange::Hold);
    EXPECT_EQ(levels[2].reason, QStringLiteral("Held at 9 min: flare on Tuesday."));
    EXPECT_EQ(repository().reviewDueWeeks(m_plan.id, QDate(2026, 11, 17)), levels);
    EXPECT_EQ(repository().levels(m_plan.id), levels);
    EXPECT_EQ(repository().levelOn(m_plan.id, QDate(2026, 11, 18))->amount, 9);
    EXPECT_EQ(repository().levelOn(m_plan.id, QDate(2026, 11, 3))->amount, 8);
}

TEST_F(PacingRepositoryTest, SessionsComeBackWithEverythingRecorded) {
    repository().savePlan(m_plan);
    doSession(QDate(2026, 11, 2), 6, 4, 5);
    const QList<PacingSession> sessions =
        repository().sessions(0, QDate(2026, 11, 1), QDate(2026, 11, 30));
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions[0].doneAmount, 6);
    EXPECT_EQ(sessions[0].painBefore, 4);
    EXPECT_EQ(sessions[0].painAfter, 5);
    EXPECT_EQ(sessions[0].exertion, 3);
    EXPECT_EQ(sessions[0].started, momentOn(QDate(2026, 11, 2), 10));
    repository().removePlan(m_plan.id);
    EXPECT_TRUE(repository().sessions(0, QDate(2026, 11, 1), QDate(2026, 11, 30)).isEmpty());
    EXPECT_THROW(repository().removePlan(m_plan.id), StorageError);
}
