#include <QSet>

#include <gtest/gtest.h>

#include "diary/builtincatalogue.h"
#include "diary/painmark.h"

using namespace painpace;

TEST(BuiltInCatalogue, HasTheFourteenTriggersOfTheDomainWithUniqueCodes) {
    const auto& triggers = builtInTriggers();
    EXPECT_EQ(triggers.size(), 14);
    QSet<QString> codes;
    for (const auto& trigger : triggers) {
        EXPECT_TRUE(trigger.builtIn);
        EXPECT_FALSE(trigger.name.isEmpty());
        codes.insert(trigger.code);
    }
    EXPECT_EQ(codes.size(), triggers.size());
    EXPECT_TRUE(codes.contains(QStringLiteral("cold_damp_weather")));
    EXPECT_TRUE(codes.contains(QStringLiteral("overexertion")));
}

TEST(BuiltInCatalogue, HeatTherapiesLastFifteenToTwentyMinutes) {
    int heatItems = 0;
    for (const auto& therapy : builtInTherapies()) {
        if (therapy.kind != TherapyKind::Heat)
            continue;
        ++heatItems;
        ASSERT_TRUE(therapy.usualMinutes.has_value()) << therapy.code.toStdString();
        EXPECT_GE(*therapy.usualMinutes, 15);
        EXPECT_LE(*therapy.usualMinutes, 20);
    }
    EXPECT_EQ(heatItems, 3);
}

TEST(BuiltInCatalogue, TherapyCodesAreUniqueAndDosesHaveUnits) {
    QSet<QString> codes;
    for (const auto& therapy : builtInTherapies()) {
        codes.insert(therapy.code);
        if (therapy.usualDose) {
            EXPECT_FALSE(therapy.usualUnit.isEmpty()) << therapy.code.toStdString();
        }
    }
    EXPECT_EQ(codes.size(), builtInTherapies().size());
    EXPECT_TRUE(codes.contains(QStringLiteral("magnesium")));
    EXPECT_TRUE(codes.contains(QStringLiteral("pregabalin")));
}

TEST(BuiltInCatalogue, OwnItemCodesAreSlugsThatCannotCollideWithBuiltIns) {
    EXPECT_EQ(ownItemCode(QStringLiteral("  Cold shower! ")), QStringLiteral("own.cold_shower"));
    EXPECT_EQ(ownItemCode(QStringLiteral("Café & tea")), QStringLiteral("own.café_tea"));
}

TEST(EnumCodes, PainQualitiesRoundTripThroughTheirCodes) {
    for (const auto& row : kPainQualityCodes) {
        const QString code = codeOf<PainQuality>(kPainQualityCodes, row.value);
        EXPECT_EQ(enumFromCode<PainQuality>(kPainQualityCodes, code), row.value);
    }
    EXPECT_FALSE(enumFromCode<PainQuality>(kPainQualityCodes, QStringLiteral("itchy")));
}
