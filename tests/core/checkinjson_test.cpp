#include <QJsonArray>

#include <gtest/gtest.h>

#include "diary/validationissue.h"
#include "exchange/checkinjson.h"
#include "support/qtprinters.h"
#include "support/sampleentries.h"

using namespace painpace;

TEST(CheckInJson, ACompleteEntryRoundTripsExactly) {
    CheckIn entry = painpace::testing::completeCheckIn();
    entry.uuid = QUuid::createUuid();
    EXPECT_EQ(checkInFromJson(checkInToJson(entry)), entry);
}

TEST(CheckInJson, AMinimalEntryKeepsItsEmptyFieldsEmpty) {
    const CheckIn entry = painpace::testing::minimalCheckIn(0);
    const QJsonObject json = checkInToJson(entry);
    EXPECT_TRUE(json.value(QStringLiteral("fatigue")).isNull());
    EXPECT_EQ(json.value(QStringLiteral("day")).toString(), QStringLiteral("2026-03-14"));
    EXPECT_EQ(checkInFromJson(json), entry);
}

TEST(CheckInJson, UnknownCodesAndWrongTypesNameTheField) {
    QJsonObject json = checkInToJson(painpace::testing::completeCheckIn());
    QJsonArray spasms = json.value(QStringLiteral("spasms")).toArray();
    QJsonObject first = spasms[0].toObject();
    first.insert(QStringLiteral("context"), QStringLiteral("dancing"));
    spasms[0] = first;
    json.insert(QStringLiteral("spasms"), spasms);
    try {
        checkInFromJson(json);
        FAIL() << "read";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.issues()[0].field, QStringLiteral("spasms[0].context"));
    }
    json = checkInToJson(painpace::testing::completeCheckIn());
    json.insert(QStringLiteral("fatigue"), QStringLiteral("very"));
    EXPECT_THROW(checkInFromJson(json), ValidationError);
    json.remove(QStringLiteral("fatigue"));
    json.insert(QStringLiteral("pain"), QJsonValue());
    EXPECT_THROW(checkInFromJson(json), ValidationError);
}
