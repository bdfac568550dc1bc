#include <QSet>

#include <gtest/gtest.h>
#include <optional>

#include "bodymap/bodyregioncatalogue.h"

using namespace painpace;

namespace {

struct ExpectedRollUp {
    const char* code;
    std::optional<WpiArea> area;
};

// The documented roll-up (domain.md), written out independently of the catalogue's own table.
const ExpectedRollUp kExpected[] = {
    {"back.head", std::nullopt},
    {"back.spine.cervical", WpiArea::Neck},
    {"back.spine.thoracic", WpiArea::UpperBack},
    {"back.spine.lumbar", WpiArea::LowerBack},
    {"back.neck.left", WpiArea::Neck},
    {"back.neck.right", WpiArea::Neck},
    {"back.trapezius.left", WpiArea::LeftShoulderGirdle},
    {"back.trapezius.right", WpiArea::RightShoulderGirdle},
    {"back.shoulder.left", WpiArea::LeftShoulderGirdle},
    {"back.shoulder.right", WpiArea::RightShoulderGirdle},
    {"back.scapula.left", WpiArea::UpperBack},
    {"back.scapula.right", WpiArea::UpperBack},
    {"back.upper.left", WpiArea::UpperBack},
    {"back.upper.right", WpiArea::UpperBack},
    {"back.mid.left", WpiArea::UpperBack},
    {"back.mid.right", WpiArea::UpperBack},
    {"back.lumbar.left", WpiArea::LowerBack},
    {"back.lumbar.right", WpiArea::LowerBack},
    {"back.sacroiliac.left", WpiArea::LowerBack},
    {"back.sacroiliac.right", WpiArea::LowerBack},
    {"back.buttock.left", WpiArea::LeftHip},
    {"back.buttock.right", WpiArea::RightHip},
    {"back.hip.left", WpiArea::LeftHip},
    {"back.hip.right", WpiArea::RightHip},
    {"back.upperarm.left", WpiArea::LeftUpperArm},
    {"back.upperarm.right", WpiArea::RightUpperArm},
    {"back.lowerarm.left", WpiArea::LeftLowerArm},
    {"back.lowerarm.right", WpiArea::RightLowerArm},
    {"back.thigh.left", WpiArea::LeftUpperLeg},
    {"back.thigh.right", WpiArea::RightUpperLeg},
    {"back.calf.left", WpiArea::LeftLowerLeg},
    {"back.calf.right", WpiArea::RightLowerLeg},
    {"front.head", std::nullopt},
    {"front.throat", WpiArea::Neck},
    {"front.jaw.left", WpiArea::LeftJaw},
    {"front.jaw.right", WpiArea::RightJaw},
    {"front.shoulder.left", WpiArea::LeftShoulderGirdle},
    {"front.shoulder.right", WpiArea::RightShoulderGirdle},
    {"front.chest.left", WpiArea::Chest},
    {"front.chest.right", WpiArea::Chest},
    {"front.abdomen.left", WpiArea::Abdomen},
    {"front.abdomen.right", WpiArea::Abdomen},
    {"front.upperarm.left", WpiArea::LeftUpperArm},
    {"front.upperarm.right", WpiArea::RightUpperArm},
    {"front.lowerarm.left", WpiArea::LeftLowerArm},
    {"front.lowerarm.right", WpiArea::RightLowerArm},
    {"front.thigh.left", WpiArea::LeftUpperLeg},
    {"front.thigh.right", WpiArea::RightUpperLeg},
    {"front.shin.left", WpiArea::LeftLowerLeg},
    {"front.shin.right", WpiArea::RightLowerLeg},
};

class RegionRollUp : public ::testing::TestWithParam<ExpectedRollUp> {};

} // namespace

TEST_P(RegionRollUp, EachFineRegionRollsUpToItsDocumentedWpiArea) {
    const ExpectedRollUp expected = GetParam();
    const BodyRegion* region = findBodyRegion(QString::fromLatin1(expected.code));
    ASSERT_NE(region, nullptr) << expected.code;
    EXPECT_EQ(region->wpiArea, expected.area) << expected.code;
}

INSTANTIATE_TEST_SUITE_P(AllRegions, RegionRollUp, ::testing::ValuesIn(kExpected));

TEST(BodyRegionCatalogue, ListsExactlyTheDocumentedRegionsWithUniqueCodesAndNames) {
    const auto& regions = bodyRegions();
    EXPECT_EQ(regions.size(), static_cast<qsizetype>(std::size(kExpected)));
    QSet<QString> codes;
    QSet<QString> names;
    for (const auto& region : regions) {
        codes.insert(region.code);
        names.insert(region.name);
    }
    EXPECT_EQ(codes.size(), regions.size());
    EXPECT_EQ(names.size(), regions.size());
}

TEST(BodyRegionCatalogue, LeftAndRightAreThePersonsOwnInCodeNameAndSide) {
    const BodyRegion* left = findBodyRegion(QStringLiteral("back.lumbar.left"));
    const BodyRegion* right = findBodyRegion(QStringLiteral("back.lumbar.right"));
    ASSERT_TRUE(left && right);
    EXPECT_EQ(left->side, BodySide::Left);
    EXPECT_EQ(right->side, BodySide::Right);
    EXPECT_EQ(left->name, QStringLiteral("Your left lower back (lumbar)"));
    EXPECT_EQ(right->name, QStringLiteral("Your right lower back (lumbar)"));
}

TEST(BodyRegionCatalogue, EveryWpiAreaIsReachableFromSomeRegion) {
    QSet<int> reached;
    for (const auto& region : bodyRegions()) {
        if (region.wpiArea)
            reached.insert(static_cast<int>(*region.wpiArea));
    }
    EXPECT_EQ(reached.size(), kWpiAreaCount);
}

TEST(BodyRegionCatalogue, UnknownCodesAreNotFound) {
    EXPECT_EQ(findBodyRegion(QStringLiteral("back.wing.left")), nullptr);
    EXPECT_EQ(bodyRegionName(QStringLiteral("back.wing.left")), QStringLiteral("back.wing.left"));
}
