#include <gtest/gtest.h>

#include "diary/validationissue.h"
#include "questionnaires/acr2016.h"
#include "questionnaires/fiqr.h"

using namespace painpace;

namespace {

// Seven areas in four regions: left and right shoulder girdles (upper regions), left hip (left
// lower), neck, upper back, lower back and chest (axial).
Acr2016Answers sevenAreasInFourRegions() {
    Acr2016Answers answers;
    answers.painfulAreas = {
        WpiArea::LeftShoulderGirdle, WpiArea::RightShoulderGirdle, WpiArea::LeftHip, WpiArea::Neck,
        WpiArea::UpperBack,          WpiArea::LowerBack,           WpiArea::Chest};
    answers.symptomsForThreeMonths = true;
    return answers;
}

FiqrAnswers allAnswered(int function, int overall, int symptoms) {
    FiqrAnswers answers;
    for (int i = 0; i < kFiqrItems; ++i)
        answers[static_cast<std::size_t>(i)] =
            i < kFiqrFunctionItems
                ? function
                : (i < kFiqrFunctionItems + kFiqrOverallItems ? overall : symptoms);
    return answers;
}

} // namespace

TEST(Acr2016, SssAddsTheThreeItemsAndTheThreeSomaticPoints) {
    Acr2016Answers answers = sevenAreasInFourRegions();
    answers.fatigue = 3;
    answers.wakingUnrefreshed = 2;
    answers.cognitiveSymptoms = 1;
    answers.headaches = true;
    answers.depression = true;
    const Acr2016Result result = scoreAcr2016(answers);
    EXPECT_EQ(result.wpi, 7);
    EXPECT_EQ(result.sss, 8);
    EXPECT_EQ(result.severity, 15);
    EXPECT_EQ(result.regionsWithPain, 4);
    EXPECT_TRUE(result.generalizedPain);
    EXPECT_TRUE(result.criteriaMet);
}

TEST(Acr2016, Wpi7NeedsSss5) {
    Acr2016Answers answers = sevenAreasInFourRegions();
    answers.fatigue = 2;
    answers.wakingUnrefreshed = 2;
    EXPECT_EQ(scoreAcr2016(answers).sss, 4);
    EXPECT_FALSE(scoreAcr2016(answers).criteriaMet);
    answers.headaches = true;
    EXPECT_TRUE(scoreAcr2016(answers).criteriaMet);
}

TEST(Acr2016, Wpi4To6NeedsSss9) {
    Acr2016Answers answers;
    answers.symptomsForThreeMonths = true;
    answers.painfulAreas = {WpiArea::LeftShoulderGirdle, WpiArea::RightShoulderGirdle,
                            WpiArea::LeftHip, WpiArea::LowerBack}; // 4 areas in 4 regions
    answers.fatigue = 3;
    answers.wakingUnrefreshed = 3;
    answers.cognitiveSymptoms = 2;
    EXPECT_EQ(scoreAcr2016(answers).sss, 8);
    EXPECT_FALSE(scoreAcr2016(answers).criteriaMet);
    answers.lowerAbdominalPain = true;
    EXPECT_EQ(scoreAcr2016(answers).sss, 9);
    EXPECT_TRUE(scoreAcr2016(answers).criteriaMet);
}

TEST(Acr2016, Wpi3NeverMeetsTheCriteriaUnlikeThe2010Version) {
    Acr2016Answers answers;
    answers.symptomsForThreeMonths = true;
    answers.painfulAreas = {WpiArea::LeftShoulderGirdle, WpiArea::RightHip, WpiArea::Neck};
    answers.fatigue = answers.wakingUnrefreshed = answers.cognitiveSymptoms = 3;
    answers.headaches = answers.lowerAbdominalPain = answers.depression = true;
    const Acr2016Result result = scoreAcr2016(answers);
    EXPECT_EQ(result.sss, 12);
    EXPECT_EQ(result.severity, 15);
    EXPECT_FALSE(result.criteriaMet);
}

TEST(Acr2016, PainNotGeneralizedOrTooRecentDoesNotMeetTheCriteria) {
    Acr2016Answers answers;
    answers.symptomsForThreeMonths = true;
    answers.fatigue = answers.wakingUnrefreshed = answers.cognitiveSymptoms = 3;
    // Eight areas, but only three regions count: jaw, chest and abdomen do not.
    answers.painfulAreas = {WpiArea::LeftJaw,       WpiArea::RightJaw, WpiArea::Chest,
                            WpiArea::Abdomen,       WpiArea::Neck,     WpiArea::LeftUpperArm,
                            WpiArea::RightLowerArm, WpiArea::UpperBack};
    Acr2016Result result = scoreAcr2016(answers);
    EXPECT_EQ(result.wpi, 8);
    EXPECT_EQ(result.regionsWithPain, 3);
    EXPECT_FALSE(result.criteriaMet);

    answers = sevenAreasInFourRegions();
    answers.fatigue = answers.wakingUnrefreshed = answers.cognitiveSymptoms = 3;
    answers.symptomsForThreeMonths = false;
    EXPECT_FALSE(scoreAcr2016(answers).criteriaMet);
}

TEST(Acr2016, AnItemAbove3IsRejected) {
    Acr2016Answers answers;
    answers.fatigue = 4;
    EXPECT_THROW(scoreAcr2016(answers), ValidationError);
}

TEST(Fiqr, DomainsAreScoredAndAdded) {
    const auto result = scoreFiqr(allAnswered(5, 6, 6));
    ASSERT_TRUE(result);
    EXPECT_DOUBLE_EQ(result->function, 15.0); // 45 / 3
    EXPECT_DOUBLE_EQ(result->overall, 12.0);  // 6 + 6
    EXPECT_DOUBLE_EQ(result->symptoms, 30.0); // 60 / 2
    EXPECT_DOUBLE_EQ(result->total, 57.0);
    EXPECT_EQ(result->band, FiqrBand::Moderate);
}

TEST(Fiqr, TheExtremesScore0And100) {
    EXPECT_DOUBLE_EQ(scoreFiqr(allAnswered(0, 0, 0))->total, 0.0);
    EXPECT_DOUBLE_EQ(scoreFiqr(allAnswered(10, 10, 10))->total, 100.0);
    EXPECT_EQ(scoreFiqr(allAnswered(10, 10, 10))->band, FiqrBand::VerySevere);
}

TEST(Fiqr, OneMissingFunctionItemIsScaledUp) {
    FiqrAnswers answers = allAnswered(6, 5, 4);
    answers[3].reset();
    const auto result = scoreFiqr(answers);
    ASSERT_TRUE(result);
    EXPECT_DOUBLE_EQ(result->function, 18.0); // 48 x 9/8 / 3
    EXPECT_DOUBLE_EQ(result->total, 18.0 + 10.0 + 20.0);
}

TEST(Fiqr, TwoMissingFunctionItemsOrAnyOtherMissingItemIsNotScorable) {
    FiqrAnswers answers = allAnswered(6, 5, 4);
    answers[0].reset();
    answers[8].reset();
    EXPECT_FALSE(scoreFiqr(answers));
    EXPECT_FALSE(fiqrMissingReason(answers).isEmpty());

    answers = allAnswered(6, 5, 4);
    answers[kFiqrFunctionItems + 1].reset(); // an overall-impact item
    EXPECT_FALSE(scoreFiqr(answers));

    answers = allAnswered(6, 5, 4);
    answers[kFiqrItems - 1].reset(); // a symptom item
    EXPECT_FALSE(scoreFiqr(answers));
    EXPECT_EQ(fiqrMissingReason(answers),
              QStringLiteral("Answer all 10 questions about symptoms."));
}

TEST(Fiqr, BandsFollowTheDocumentedLimits) {
    EXPECT_EQ(fiqrBand(0), FiqrBand::Remission);
    EXPECT_EQ(fiqrBand(23), FiqrBand::Remission);
    EXPECT_EQ(fiqrBand(23.5), FiqrBand::Remission);
    EXPECT_EQ(fiqrBand(24), FiqrBand::Mild);
    EXPECT_EQ(fiqrBand(40), FiqrBand::Mild);
    EXPECT_EQ(fiqrBand(41), FiqrBand::Moderate);
    EXPECT_EQ(fiqrBand(63), FiqrBand::Moderate);
    EXPECT_EQ(fiqrBand(64), FiqrBand::Severe);
    EXPECT_EQ(fiqrBand(82), FiqrBand::Severe);
    EXPECT_EQ(fiqrBand(83), FiqrBand::VerySevere);
    EXPECT_EQ(fiqrBand(100), FiqrBand::VerySevere);
}

TEST(Fiqr, AnAnswerAbove10IsRejected) {
    FiqrAnswers answers = allAnswered(5, 5, 5);
    answers[12] = 11;
    EXPECT_THROW(scoreFiqr(answers), ValidationError);
}
