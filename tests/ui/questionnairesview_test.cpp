#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>
#include <random>

#include "bodymap/bodymapgeometry.h"
#include "edit/draftkeeper.h"
#include "edit/editstack.h"
#include "questionnaires/acrform.h"
#include "questionnaires/fiqrform.h"
#include "questionnaires/questionnairesview.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/draftrepository.h"
#include "storage/questionnairerepository.h"
#include "support/qtprinters.h"
#include "support/screenshots.h"

using namespace painpace;

class QuestionnairesViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_db = Database::openFile(m_dir.filePath(QStringLiteral("diary.sqlite")));
        CheckIn entry;
        entry.moment =
            DiaryMoment::fromLocal(QDateTime(QDate::currentDate().addDays(-2), QTime(9, 0)));
        entry.pain = 6;
        for (const char* code : {"back.lumbar.left", "back.trapezius.right"}) {
            PainMark mark;
            mark.regionCode = QString::fromLatin1(code);
            mark.point = BodyMapGeometry::forView(BodyView::Back).shapeOf(mark.regionCode)->anchor;
            mark.intensity = 5;
            entry.marks.append(mark);
        }
        CheckInRepository(*m_db).save(entry);
        m_view = std::make_unique<QuestionnairesView>(*m_db, m_undo);
        m_view->resize(1100, 900);
        m_view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void TearDown() override {
        m_undo.clear();
        m_view.reset();
    }
    int results() const {
        return static_cast<int>(QuestionnaireRepository(*m_db).history().size());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    EditStack m_undo;
    std::unique_ptr<QuestionnairesView> m_view;
};

TEST_F(QuestionnairesViewTest, TheWpiIsPrefilledFromThePastWeeksMarks) {
    AcrForm* acr = m_view->acrForm();
    EXPECT_TRUE(acr->areaBox(WpiArea::LowerBack)->isChecked());
    EXPECT_TRUE(acr->areaBox(WpiArea::RightShoulderGirdle)->isChecked());
    EXPECT_FALSE(acr->areaBox(WpiArea::Neck)->isChecked());
    EXPECT_TRUE(acr->resultText().contains(QStringLiteral("WPI 2 of 19")));
}

TEST_F(QuestionnairesViewTest, AcrAnswersAreScoredSavedAndUndoable) {
    AcrForm* acr = m_view->acrForm();
    acr->areaBox(WpiArea::Neck)->setChecked(true); // the person corrects the pre-fill
    acr->fatigue()->setCurrentIndex(acr->fatigue()->findData(3));
    acr->threeMonths()->setChecked(true);
    EXPECT_TRUE(
        acr->resultText().contains(QStringLiteral("WPI 3 of 19 · SSS 3 of 12 · severity 6 of 31")));
    EXPECT_TRUE(acr->resultText().contains(QStringLiteral("not met")));
    QTest::mouseClick(acr->saveButton(), Qt::LeftButton);
    ASSERT_EQ(results(), 1);
    const QuestionnaireRecord stored = QuestionnaireRepository(*m_db).history()[0];
    EXPECT_EQ(stored.version(), QStringLiteral("ACR 2016"));
    EXPECT_EQ(stored.moment.localDay, QDate::currentDate());
    EXPECT_EQ(m_view->history()->model()->rowCount(), 1);
    EXPECT_TRUE(m_view->history()->model()->index(0, 2).data().toString().contains(
        QStringLiteral("severity 6")));
    m_undo.undo();
    EXPECT_EQ(results(), 0);
    EXPECT_EQ(m_view->history()->model()->rowCount(), 0);
}

TEST_F(QuestionnairesViewTest, FiqrSavesOnlyWhenScorable) {
    m_view->showFiqr();
    FiqrForm* fiqr = m_view->fiqrForm();
    EXPECT_FALSE(fiqr->saveButton()->isEnabled());
    for (int i = 0; i < kFiqrItems; ++i)
        fiqr->item(i)->setValue(5);
    fiqr->item(2)->setValue(-1); // one daily task left open is allowed
    EXPECT_TRUE(fiqr->saveButton()->isEnabled());
    EXPECT_TRUE(fiqr->resultText().contains(QStringLiteral("FIQR 50.0 of 100: moderate")));
    fiqr->item(15)->setValue(-1); // a symptom left open is not
    EXPECT_FALSE(fiqr->saveButton()->isEnabled());
    EXPECT_EQ(fiqr->resultText(), QStringLiteral("Answer all 10 questions about symptoms."));
    fiqr->item(15)->setValue(5);
    QTest::mouseClick(fiqr->saveButton(), Qt::LeftButton);
    ASSERT_EQ(results(), 1);
    EXPECT_DOUBLE_EQ(QuestionnaireRepository(*m_db).history()[0].headlineScore(), 50.0);
}

TEST_F(QuestionnairesViewTest, DeletingAResultIsUndoable) {
    QTest::mouseClick(m_view->acrForm()->saveButton(), Qt::LeftButton);
    ASSERT_EQ(results(), 1);
    m_view->history()->selectRow(0);
    m_view->deleteSelected();
    EXPECT_EQ(results(), 0);
    m_undo.undo();
    EXPECT_EQ(results(), 1);
}

TEST_F(QuestionnairesViewTest, ScreenshotsOfEachQuestionnaire) {
    QTest::mouseClick(m_view->acrForm()->saveButton(), Qt::LeftButton);
    painpace::testing::ScopedAppPalette light(painpace::testing::lightPalette());
    EXPECT_FALSE(
        painpace::testing::saveScreenshot(*m_view, QStringLiteral("questionnaire-acr-light"))
            .isEmpty());
    m_view->showFiqr();
    for (int i = 0; i < kFiqrItems; ++i)
        m_view->fiqrForm()->item(i)->setValue(i % 7);
    EXPECT_FALSE(
        painpace::testing::saveScreenshot(*m_view, QStringLiteral("questionnaire-fiqr-light"))
            .isEmpty());
    painpace::testing::ScopedAppPalette dark(painpace::testing::darkPalette());
    EXPECT_FALSE(
        painpace::testing::saveScreenshot(*m_view, QStringLiteral("questionnaire-fiqr-dark"))
            .isEmpty());
}

TEST_F(QuestionnairesViewTest, UnsavedAnswersAreKeptAsADraftAndComeBackAfterACrash) {
    AcrForm* acr = m_view->acrForm();
    EXPECT_EQ(m_view->unsavedInputName(), QString()); // prefilled only: nothing of the person's
    acr->areaBox(WpiArea::Neck)->setChecked(true);
    acr->fatigue()->setCurrentIndex(acr->fatigue()->findData(2));
    m_view->showFiqr();
    m_view->fiqrForm()->item(0)->setValue(7);
    EXPECT_EQ(m_view->unsavedInputName(),
              QStringLiteral("your ACR 2016 and FIQR answers (Questionnaires)"));
    QTest::qWait(DraftKeeper::kDelayMs + 300); // kept within a second
    const Acr2016Answers typed = acr->answers();
    m_undo.clear();
    m_view.reset(); // as after a crash

    QuestionnairesView again(*m_db, m_undo);
    EXPECT_EQ(again.acrForm()->answers(), typed);
    EXPECT_EQ(again.fiqrForm()->item(0)->value(), 7);
    EXPECT_TRUE(again.message().contains(QStringLiteral("kept the answers")));
    EXPECT_EQ(results(), 0);
    EXPECT_FALSE(again.unsavedInputName().isEmpty());
}

TEST_F(QuestionnairesViewTest, ShowingTheAcrAgainKeepsWhatThePersonTicked) {
    AcrForm* acr = m_view->acrForm();
    acr->areaBox(WpiArea::LowerBack)->setChecked(false); // corrects the body-map pre-fill
    acr->areaBox(WpiArea::Neck)->setChecked(true);
    m_view->showFiqr();
    m_view->showAcr();
    EXPECT_FALSE(acr->areaBox(WpiArea::LowerBack)->isChecked());
    EXPECT_TRUE(acr->areaBox(WpiArea::Neck)->isChecked());
}

TEST_F(QuestionnairesViewTest, SavingTakesTheDraftAlongAndDiscardDropsIt) {
    m_view->showFiqr();
    FiqrForm* fiqr = m_view->fiqrForm();
    for (int i = 0; i < kFiqrItems; ++i)
        fiqr->item(i)->setValue(4);
    m_view->storeDrafts();
    ASSERT_TRUE(DraftRepository(*m_db).load(QStringLiteral("fiqr-form")));
    EXPECT_TRUE(m_view->saveUnsavedInput());
    EXPECT_EQ(results(), 1);
    EXPECT_FALSE(DraftRepository(*m_db).load(QStringLiteral("fiqr-form")));
    EXPECT_EQ(m_view->unsavedInputName(), QString());

    m_view->acrForm()->areaBox(WpiArea::Neck)->setChecked(true);
    m_view->storeDrafts();
    ASSERT_TRUE(DraftRepository(*m_db).load(QStringLiteral("acr-form")));
    m_view->discardUnsavedInput();
    EXPECT_EQ(m_view->unsavedInputName(), QString());
    EXPECT_FALSE(m_view->acrForm()->areaBox(WpiArea::Neck)->isChecked()); // the pre-fill again
    EXPECT_TRUE(m_view->acrForm()->areaBox(WpiArea::LowerBack)->isChecked());
    QTest::qWait(DraftKeeper::kDelayMs + 200);
    EXPECT_FALSE(DraftRepository(*m_db).load(QStringLiteral("acr-form")));
    QuestionnairesView again(*m_db, m_undo);
    EXPECT_EQ(again.unsavedInputName(), QString());
}

// Answers put into a form come out exactly as they were: 300 seeded random answer sets each,
// every item at any of its values (an FIQR item may be left open).
TEST(QuestionnaireFormRoundTrip, RandomAnswersComeBackUnchanged) {
    std::mt19937 random(20261202);
    auto pick = [&](int low, int high) {
        return low + int(random() % std::uint32_t(high - low + 1));
    };
    AcrForm acr;
    FiqrForm fiqr;
    for (int i = 0; i < 300; ++i) {
        Acr2016Answers answers;
        for (WpiArea area : allWpiAreas())
            if (pick(0, 1) == 1)
                answers.painfulAreas.append(area);
        answers.fatigue = pick(0, 3);
        answers.wakingUnrefreshed = pick(0, 3);
        answers.cognitiveSymptoms = pick(0, 3);
        answers.headaches = pick(0, 1) == 1;
        answers.lowerAbdominalPain = pick(0, 1) == 1;
        answers.depression = pick(0, 1) == 1;
        answers.symptomsForThreeMonths = pick(0, 1) == 1;
        acr.setAnswers(answers);
        ASSERT_EQ(acr.answers(), answers) << "set " << i;
        // Then one answer changed in the form: only that answer differs.
        Acr2016Answers expected = answers;
        const WpiArea area = allWpiAreas()[std::size_t(pick(0, int(allWpiAreas().size()) - 1))];
        if (pick(0, 1) == 1) {
            acr.areaBox(area)->click();
            if (expected.painfulAreas.contains(area))
                expected.painfulAreas.removeOne(area);
            else
                expected.painfulAreas.append(area);
            std::sort(expected.painfulAreas.begin(), expected.painfulAreas.end());
        } else {
            expected.fatigue = (answers.fatigue + 1) % 4;
            acr.fatigue()->setCurrentIndex(acr.fatigue()->findData(expected.fatigue));
        }
        Acr2016Answers shown = acr.answers();
        std::sort(shown.painfulAreas.begin(), shown.painfulAreas.end());
        ASSERT_EQ(shown, expected) << "set " << i;

        FiqrAnswers items;
        for (auto& item : items)
            if (pick(0, 5) != 0)
                item = pick(0, 10);
        fiqr.setAnswers(items);
        ASSERT_EQ(fiqr.answers(), items) << "set " << i;
        FiqrAnswers changed = items;
        const int index = pick(0, int(items.size()) - 1);
        changed[std::size_t(index)] = items[std::size_t(index)].value_or(-1) == 10 ? 0 : 10;
        fiqr.item(index)->setValue(*changed[std::size_t(index)]);
        ASSERT_EQ(fiqr.answers(), changed) << "set " << i;
    }
}
