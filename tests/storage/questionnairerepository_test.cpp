#include <QSignalSpy>

#include <gtest/gtest.h>

#include "diary/validationissue.h"
#include "storage/questionnairerepository.h"
#include "support/sampleentries.h"
#include "support/tempdiary.h"

using namespace painpace;
using painpace::testing::momentOn;
using painpace::testing::TempDiaryTest;

namespace {

QuestionnaireRecord acrRecord(const QDate& day) {
    Acr2016Answers answers;
    answers.painfulAreas = {WpiArea::Neck, WpiArea::LowerBack, WpiArea::LeftHip,
                            WpiArea::RightShoulderGirdle};
    answers.fatigue = 2;
    answers.depression = true;
    QuestionnaireRecord record;
    record.moment = momentOn(day, 9);
    record.answers = answers;
    return record;
}

QuestionnaireRecord fiqrRecord(const QDate& day, int value) {
    FiqrAnswers answers;
    answers.fill(value);
    QuestionnaireRecord record;
    record.moment = momentOn(day, 10);
    record.answers = answers;
    return record;
}

} // namespace

class QuestionnaireRepositoryTest : public TempDiaryTest {
protected:
    void SetUp() override {
        TempDiaryTest::SetUp();
        m_db = openDiary();
    }
    std::unique_ptr<Database> m_db;
};

TEST_F(QuestionnaireRepositoryTest, ResultsAreStoredWithTheirDateVersionAndAnswers) {
    QuestionnaireRepository repository(*m_db);
    QuestionnaireRecord acr = acrRecord(QDate(2026, 3, 1));
    QuestionnaireRecord fiqr = fiqrRecord(QDate(2026, 3, 8), 4);
    repository.save(acr);
    repository.save(fiqr);
    const QList<QuestionnaireRecord> history = repository.history();
    ASSERT_EQ(history.size(), 2);
    EXPECT_FALSE(history[0].isAcr2016()); // newest first
    EXPECT_DOUBLE_EQ(history[0].headlineScore(), 12.0 + 8.0 + 20.0);
    EXPECT_EQ(history[0].moment.localDay, QDate(2026, 3, 8));
    EXPECT_TRUE(history[1].isAcr2016());
    EXPECT_EQ(history[1].version(), QStringLiteral("ACR 2016"));
    EXPECT_EQ(std::get<Acr2016Answers>(history[1].answers), std::get<Acr2016Answers>(acr.answers));
    EXPECT_DOUBLE_EQ(history[1].headlineScore(), 4 + 3); // WPI 4 + SSS 3
}

TEST_F(QuestionnaireRepositoryTest, AnUnscorableFiqrIsRefusedWithTheReason) {
    QuestionnaireRecord fiqr = fiqrRecord(QDate(2026, 3, 8), 4);
    std::get<FiqrAnswers>(fiqr.answers)[10].reset();
    try {
        QuestionnaireRepository(*m_db).save(fiqr);
        FAIL() << "saved";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.message(),
                  QStringLiteral("Answer both questions about the overall impact."));
    }
    EXPECT_TRUE(QuestionnaireRepository(*m_db).history().isEmpty());
}

TEST_F(QuestionnaireRepositoryTest, RemovingTakesTheResultAwayAndTheNotifierSpeaks) {
    QSignalSpy changed(&m_db->notifier(), &DiaryNotifier::questionnairesChanged);
    QuestionnaireRepository repository(*m_db);
    QuestionnaireRecord acr = acrRecord(QDate(2026, 3, 1));
    repository.save(acr);
    repository.remove(acr.id);
    EXPECT_TRUE(repository.history().isEmpty());
    EXPECT_EQ(changed.count(), 2);
}
