#include <gtest/gtest.h>

#include "diary/builtincatalogue.h"
#include "diary/validationissue.h"
#include "storage/cataloguerepository.h"
#include "storage/checkinrepository.h"
#include "storage/storageerror.h"
#include "support/sampleentries.h"
#include "support/tempdiary.h"

using namespace painpace;
using painpace::testing::minimalCheckIn;
using painpace::testing::TempDiaryTest;

class CatalogueRepositoryTest : public TempDiaryTest {};

TEST_F(CatalogueRepositoryTest, ANewDiaryOffersTheBuiltInCatalogue) {
    auto db = openDiary();
    CatalogueRepository catalogue(*db);
    EXPECT_EQ(catalogue.triggers().size(), builtInTriggers().size());
    EXPECT_EQ(catalogue.therapies().size(), builtInTherapies().size());
    const auto therapies = catalogue.therapies();
    const auto magnesium = std::find_if(therapies.begin(), therapies.end(), [](const auto& t) {
        return t.code == QStringLiteral("magnesium");
    });
    ASSERT_NE(magnesium, therapies.end());
    EXPECT_EQ(magnesium->usualDose, 300.0);
    EXPECT_EQ(magnesium->usualUnit, QStringLiteral("mg"));
    EXPECT_EQ(magnesium->kind, TherapyKind::Supplement);
}

TEST_F(CatalogueRepositoryTest, OwnItemsAreAddedAndCanBeRatedInACheckIn) {
    auto db = openDiary();
    CatalogueRepository catalogue(*db);
    const TriggerDefinition own = catalogue.addOwnTrigger(QStringLiteral(" Loud music "));
    EXPECT_EQ(own.code, QStringLiteral("own.loud_music"));
    EXPECT_EQ(own.name, QStringLiteral("Loud music"));
    EXPECT_EQ(catalogue.triggers().size(), builtInTriggers().size() + 1);

    CheckIn entry = painpace::testing::minimalCheckIn(5);
    entry.triggers = {{own.code, TriggerLevel::ALot}};
    CheckInRepository(*db).save(entry);
    EXPECT_EQ(CheckInRepository(*db).find(entry.id)->triggers, entry.triggers);
}

TEST_F(CatalogueRepositoryTest, AnOwnTherapyKeepsItsUsualDoseAndUnit) {
    auto db = openDiary();
    CatalogueRepository catalogue(*db);
    TherapyDefinition cream{QString(),
                            QStringLiteral("Arnica cream"),
                            TherapyKind::Medication,
                            2.0,
                            QStringLiteral("g"),
                            std::nullopt,
                            false};
    const TherapyDefinition stored = catalogue.addOwnTherapy(cream);
    EXPECT_EQ(stored.code, QStringLiteral("own.arnica_cream"));
    const auto all = catalogue.therapies();
    const auto found = std::find(all.begin(), all.end(), stored);
    EXPECT_NE(found, all.end());
}

TEST_F(CatalogueRepositoryTest, EmptyAndDuplicateNamesAreRejected) {
    auto db = openDiary();
    CatalogueRepository catalogue(*db);
    EXPECT_THROW(catalogue.addOwnTrigger(QStringLiteral("   ")), ValidationError);
    EXPECT_THROW(catalogue.addOwnTrigger(QStringLiteral("!!!")), ValidationError);
    EXPECT_THROW(catalogue.addOwnTrigger(QStringLiteral("travel")), ValidationError); // built in
    catalogue.addOwnTrigger(QStringLiteral("Loud music"));
    EXPECT_THROW(catalogue.addOwnTrigger(QStringLiteral("loud  music")), ValidationError);
    EXPECT_EQ(catalogue.triggers().size(), builtInTriggers().size() + 1);
}

TEST_F(CatalogueRepositoryTest, AnOwnItemComesOutAgainOnlyWhileNoCheckInUsesIt) {
    auto db = openDiary();
    CatalogueRepository catalogue(*db);
    const TriggerDefinition music = catalogue.addOwnTrigger(QStringLiteral("Loud music"));
    TherapyDefinition cream;
    cream.name = QStringLiteral("Arnica cream");
    const TherapyDefinition added = catalogue.addOwnTherapy(cream);
    CheckIn entry = minimalCheckIn(5);
    entry.triggers = {{music.code, TriggerLevel::ALittle}};
    CheckInRepository(*db).save(entry);

    try {
        catalogue.removeOwnItem(music.code);
        FAIL() << "a trigger in use was taken out";
    } catch (const StorageError& error) {
        EXPECT_EQ(error.message(),
                  QStringLiteral("'own.loud_music' is used by a check-in and stays in the list."));
    }
    EXPECT_NO_THROW(catalogue.removeOwnItem(added.code));
    QStringList therapyCodes;
    for (const TherapyDefinition& therapy : catalogue.therapies())
        therapyCodes << therapy.code;
    EXPECT_FALSE(therapyCodes.contains(added.code));
    EXPECT_THROW(catalogue.removeOwnItem(QStringLiteral("walking")), StorageError); // built in
    EXPECT_THROW(catalogue.removeOwnItem(added.code), StorageError);                // gone already

    CheckInRepository(*db).remove(entry.id);
    EXPECT_NO_THROW(catalogue.removeOwnItem(music.code));
}
