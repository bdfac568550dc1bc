#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include "diary/catalogueitems.h"
#include "diary/painmark.h"
#include "diary/redflag.h"
#include "diary/spasmevent.h"
#include "diary/triggerrating.h"
#include "pacing/baseline.h"
#include "pacing/pacingactivity.h"
#include "pacing/weeklyreview.h"
#include "support/qtprinters.h"
#include "trials/therapytrial.h"

using namespace painpace;

// The schema in resources/ is written by hand for people to read; these tests keep its lists of
// codes the same as the code tables the app reads and writes.
namespace {

QJsonObject schemaDefinitions() {
    QFile file(QStringLiteral(PAINPACE_DIARY_SCHEMA));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QStringLiteral("$defs"))
        .toObject();
}

QJsonValue at(const QJsonObject& definitions, const QString& path) {
    QJsonValue value = definitions;
    for (const QString& part : path.split(QLatin1Char('/')))
        value = value.toObject().value(part);
    return value;
}

QStringList enumAt(const QString& path) {
    QStringList codes;
    for (const QJsonValue& code :
         at(schemaDefinitions(), path).toObject().value(QStringLiteral("enum")).toArray())
        codes.append(code.toString());
    return codes;
}

template <typename Enum, std::size_t N>
QStringList codesOf(const std::array<EnumCode<Enum>, N>& table) {
    QStringList codes;
    for (const auto& row : table)
        codes.append(QLatin1String(row.code));
    return codes;
}

} // namespace

TEST(DiarySchema, ListsEveryCodeTheAppWrites) {
    ASSERT_FALSE(schemaDefinitions().isEmpty()) << PAINPACE_DIARY_SCHEMA;
    EXPECT_EQ(enumAt(QStringLiteral("painMark/properties/view")), codesOf(kBodyViewCodes));
    EXPECT_EQ(enumAt(QStringLiteral("painMark/properties/quality")), codesOf(kPainQualityCodes));
    EXPECT_EQ(enumAt(QStringLiteral("spasm/properties/kind")), codesOf(kSpasmKindCodes));
    EXPECT_EQ(enumAt(QStringLiteral("spasm/properties/context")), codesOf(kSpasmContextCodes));
    EXPECT_EQ(enumAt(QStringLiteral("triggerRating/properties/level")),
              codesOf(kTriggerLevelCodes));
    EXPECT_EQ(enumAt(QStringLiteral("ownTherapy/properties/kind")), codesOf(kTherapyKindCodes));
    EXPECT_EQ(enumAt(QStringLiteral("pacingPlan/properties/unit")), codesOf(kAmountUnitCodes));
    EXPECT_EQ(enumAt(QStringLiteral("pacingPlan/properties/baseline/properties/method")),
              codesOf(kBaselineMethodCodes));
    EXPECT_EQ(enumAt(QStringLiteral("planLevel/properties/change")), codesOf(kLevelChangeCodes));
    EXPECT_EQ(enumAt(QStringLiteral("therapyTrial/properties/comparison")),
              codesOf(kTrialComparisonCodes));
    EXPECT_EQ(enumAt(QStringLiteral("trialOutcome")), codesOf(kTrialOutcomeCodes));
    EXPECT_EQ(enumAt(QStringLiteral("therapyTrial/properties/status")), codesOf(kTrialStatusCodes));
    QStringList redFlags;
    for (const RedFlagInfo& info : redFlagCatalogue())
        redFlags.append(QLatin1String(info.code));
    EXPECT_EQ(enumAt(QStringLiteral("checkIn/properties/redFlags/items")), redFlags);
}
