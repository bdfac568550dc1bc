#include <gtest/gtest.h>

#include "bodymap/widespreadpainindex.h"

using namespace painpace;

TEST(WidespreadPainIndex, NoPainScoresZero) {
    const WpiResult result = widespreadPainIndex({});
    EXPECT_EQ(result.score, 0);
    EXPECT_EQ(result.regionsWithPain, 0);
    EXPECT_FALSE(result.generalizedPain);
}

TEST(WidespreadPainIndex, AllNineteenAreasScoreNineteen) {
    const auto& all = allWpiAreas();
    const WpiResult result = widespreadPainIndex(QList<WpiArea>(all.begin(), all.end()));
    EXPECT_EQ(result.score, 19);
    EXPECT_EQ(result.regionsWithPain, 5);
    EXPECT_TRUE(result.generalizedPain);
}

TEST(WidespreadPainIndex, AnAreaCountsOnceHoweverOftenItIsListed) {
    EXPECT_EQ(widespreadPainIndex({WpiArea::LowerBack, WpiArea::LowerBack}).score, 1);
}

TEST(WidespreadPainIndex, FourRegionsMakeGeneralizedPainThreeDoNot) {
    const WpiResult three =
        widespreadPainIndex({WpiArea::Neck, WpiArea::LeftShoulderGirdle, WpiArea::RightHip});
    EXPECT_EQ(three.regionsWithPain, 3);
    EXPECT_FALSE(three.generalizedPain);
    const WpiResult four = widespreadPainIndex(
        {WpiArea::Neck, WpiArea::LeftShoulderGirdle, WpiArea::RightHip, WpiArea::LeftLowerLeg});
    EXPECT_EQ(four.score, 4);
    EXPECT_EQ(four.regionsWithPain, 4);
    EXPECT_TRUE(four.generalizedPain);
}

TEST(WidespreadPainIndex, JawChestAndAbdomenCountForTheScoreButNotForRegions) {
    // Left jaw (left upper), right jaw (right upper), chest and abdomen (axial): 4 areas, yet
    // they place pain in no region for the generalized-pain rule.
    const WpiResult result = widespreadPainIndex(
        {WpiArea::LeftJaw, WpiArea::RightJaw, WpiArea::Chest, WpiArea::Abdomen});
    EXPECT_EQ(result.score, 4);
    EXPECT_EQ(result.regionsWithPain, 0);
    EXPECT_FALSE(result.generalizedPain);
}

TEST(WidespreadPainIndex, FineRegionsRollUpBeforeCounting) {
    // Both lumbar sides and the sacroiliac are one area (lower back); trapezius and back of
    // shoulder on the left are one area (left shoulder girdle); the head counts for nothing.
    const QList<WpiArea> areas = wpiAreasForRegions(
        {QStringLiteral("back.lumbar.left"), QStringLiteral("back.lumbar.right"),
         QStringLiteral("back.sacroiliac.left"), QStringLiteral("back.trapezius.left"),
         QStringLiteral("back.shoulder.left"), QStringLiteral("back.head"),
         QStringLiteral("not.a.region")});
    EXPECT_EQ(areas, (QList<WpiArea>{WpiArea::LowerBack, WpiArea::LeftShoulderGirdle}));
    EXPECT_EQ(widespreadPainIndex(areas).score, 2);
}
