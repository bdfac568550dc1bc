#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include "diary/validationissue.h"
#include "exchange/diaryjson.h"
#include "storage/cataloguerepository.h"
#include "storage/checkinrepository.h"
#include "storage/diarybackups.h"
#include "storage/diaryexportreader.h"
#include "storage/diaryrestorer.h"
#include "storage/questionnairerepository.h"
#include "storage/storageerror.h"
#include "storage/trialrepository.h"
#include "support/filesnapshot.h"
#include "support/richdiary.h"
#include "support/sampleentries.h"
#include "support/tempdiary.h"

using namespace painpace;
using painpace::testing::FileSnapshot;
using painpace::testing::minimalCheckIn;
using painpace::testing::TempDiaryTest;

namespace {

const QDate kLastDay(2026, 10, 31);

QByteArray exportJson(const Database& database) {
    return diaryToJson(DiaryExportReader(database).read());
}

QList<CheckIn> everyCheckIn(const Database& database) {
    return CheckInRepository(database).between(QDate(1900, 1, 1), QDate(2199, 12, 31));
}

} // namespace

class DiaryRestorerTest : public TempDiaryTest {
protected:
    void SetUp() override {
        TempDiaryTest::SetUp();
        m_database = openDiary();
        painpace::testing::fillRichDiary(*m_database, 1, kLastDay);
    }
    QString backUp() {
        return DiaryBackups(*m_database).backUpNow(QDateTime(kLastDay, QTime(21, 0)), false);
    }

    std::unique_ptr<Database> m_database;
};

// The person's week after the backup: three entries deleted, two changed, four added, a
// questionnaire and an own trigger added (used by one of the new entries), the trial deleted.
// Restoring the backup gives back exactly the backup's records; restoring what the restore
// replaced gives back exactly the week's.
TEST_F(DiaryRestorerTest, ARestoreAndItsReverseEachLeaveExactlyTheRecordsTheyWereGiven) {
    const QString backup = backUp();
    const QByteArray atBackup = exportJson(*m_database);
    const FileSnapshot backupFile = FileSnapshot::of(backup);

    CheckInRepository checkIns(*m_database);
    QList<CheckIn> stored = everyCheckIn(*m_database);
    ASSERT_GT(stored.size(), 10);
    for (int i = 0; i < 3; ++i)
        checkIns.remove(stored[i].id);
    for (int i = 3; i < 5; ++i) {
        stored[i].pain = stored[i].pain == 7 ? 2 : 7;
        stored[i].note = QStringLiteral("changed after the backup");
        checkIns.save(stored[i]);
    }
    const TriggerDefinition own =
        CatalogueRepository(*m_database).addOwnTrigger(QStringLiteral("Carrying shopping"));
    for (int i = 0; i < 4; ++i) {
        CheckIn added = minimalCheckIn(3 + i, kLastDay.addDays(1 + i));
        if (i == 0)
            added.triggers = {{own.code, TriggerLevel::ALot}};
        checkIns.save(added);
    }
    QuestionnaireRecord questionnaire;
    questionnaire.moment = painpace::testing::momentOn(kLastDay.addDays(2), 10);
    Acr2016Answers answers;
    answers.painfulAreas = {WpiArea::LowerBack};
    questionnaire.answers = answers;
    QuestionnaireRepository(*m_database).save(questionnaire);
    TrialRepository trials(*m_database);
    ASSERT_EQ(trials.trials().size(), 1);
    trials.remove(trials.trials().first().id);
    const QByteArray afterTheWeek = exportJson(*m_database);

    DiaryRestorer restorer(*m_database);
    QSignalSpy reloads(&m_database->notifier(), &DiaryNotifier::diaryReloaded);
    DiaryDocument before;
    const RestoreChanges changes = restorer.replaceWith(restorer.readBackup(backup), &before);
    EXPECT_EQ(exportJson(*m_database), atBackup);
    // Added back: 3 entries and the trial; changed back: 2 entries; taken out: 4 entries, the
    // questionnaire and the own trigger.
    EXPECT_EQ(changes, (RestoreChanges{6, 4, 2}));
    EXPECT_EQ(reloads.count(), 1);
    EXPECT_EQ(diaryToJson(before), afterTheWeek);

    const RestoreChanges back = restorer.replaceWith(before);
    EXPECT_EQ(exportJson(*m_database), afterTheWeek);
    EXPECT_EQ(back, (RestoreChanges{4, 6, 2}));
    EXPECT_EQ(reloads.count(), 2);

    EXPECT_EQ(FileSnapshot::of(backup), backupFile); // read from a copy, never changed
    const QDir folder(DiaryBackups(*m_database).folder());
    EXPECT_EQ(folder.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList{QFileInfo(backup).fileName()}); // the private copy is gone
}

// Only what differs is written: restoring a backup of the diary as it is keeps every record's
// row, so ten years restored from yesterday's backup cost a day's worth of writes.
TEST_F(DiaryRestorerTest, RestoringWhatTheDiaryHoldsAlreadyRewritesNothing) {
    const QList<CheckIn> stored = everyCheckIn(*m_database);
    const QByteArray exported = exportJson(*m_database);
    DiaryRestorer restorer(*m_database);
    const RestoreChanges changes = restorer.replaceWith(restorer.readBackup(backUp()));
    EXPECT_TRUE(changes.isEmpty());
    EXPECT_EQ(everyCheckIn(*m_database), stored); // row ids and all
    EXPECT_EQ(exportJson(*m_database), exported);
}

TEST_F(DiaryRestorerTest, ARestoreThatCannotBeMadeChangesNothingAndAnnouncesNothing) {
    DiaryDocument target = DiaryExportReader(*m_database).read();
    target.checkIns.removeFirst();
    target.checkIns.last().therapies = {
        {QStringLiteral("own.nowhere"), 1.0, QStringLiteral("x"), std::nullopt, std::nullopt}};
    const QByteArray exported = exportJson(*m_database);
    QSignalSpy reloads(&m_database->notifier(), &DiaryNotifier::diaryReloaded);
    QSignalSpy saves(&m_database->notifier(), &DiaryNotifier::checkInSaved);
    EXPECT_THROW(DiaryRestorer(*m_database).replaceWith(target), ValidationError);
    EXPECT_EQ(exportJson(*m_database), exported);
    EXPECT_EQ(reloads.count(), 0);
    EXPECT_EQ(saves.count(), 0);
}

TEST_F(DiaryRestorerTest, ADamagedBackupIsRefusedAndTheDiaryStaysAsItIs) {
    const QString backup = backUp();
    ASSERT_TRUE(painpace::testing::damageDiaryFile(backup));
    const QByteArray exported = exportJson(*m_database);
    EXPECT_THROW(DiaryRestorer(*m_database).readBackup(backup), StorageError);
    EXPECT_EQ(exportJson(*m_database), exported);
}

// A backup written by an older PainPace (here: before the diary's own settings existed) is
// brought up to date in the private copy it is read from; the backup keeps its bytes.
TEST_F(DiaryRestorerTest, ABackupFromAnOlderPainPaceIsReadWithoutChangingIt) {
    const QString older = pathInTemp(QStringLiteral("older.sqlite"));
    CheckIn kept = minimalCheckIn(6, QDate(2025, 5, 5));
    {
        Database::Options options;
        options.migrations = schemaMigrations().mid(0, 5);
        const auto old = Database::openFile(older, options);
        ASSERT_EQ(old->schemaVersion(), 5);
        CheckInRepository(*old).save(kept);
    }
    const FileSnapshot before = FileSnapshot::of(older);
    const DiaryDocument document = DiaryRestorer(*m_database).readBackup(older);
    ASSERT_EQ(document.checkIns.size(), 1);
    EXPECT_EQ(document.checkIns.first().uuid, kept.uuid);
    EXPECT_EQ(document.checkIns.first().pain, 6);
    EXPECT_EQ(FileSnapshot::of(older), before);
}

// A PainPace that stopped while reading a backup left its private copy behind; the next restore
// tidies it away.
TEST_F(DiaryRestorerTest, ACopyLeftByAStoppedReadIsTidiedAwayByTheNextOne) {
    const QString backup = backUp();
    const QString left = DiaryBackups(*m_database).folder() + QStringLiteral("/.reading-AbC123");
    ASSERT_TRUE(QDir().mkpath(left));
    QFile copy(left + QStringLiteral("/backup.sqlite"));
    ASSERT_TRUE(copy.open(QIODevice::WriteOnly));
    copy.write("left behind");
    copy.close();
    DiaryRestorer(*m_database).readBackup(backup);
    EXPECT_FALSE(QFileInfo::exists(left));
    EXPECT_EQ(QDir(DiaryBackups(*m_database).folder())
                  .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList{QFileInfo(backup).fileName()});
}
