#include <QSqlQuery>

#include <gtest/gtest.h>

#include "diary/validationissue.h"
#include "exchange/diaryjson.h"
#include "storage/cataloguerepository.h"
#include "storage/checkinrepository.h"
#include "storage/diaryexportreader.h"
#include "storage/diaryimporter.h"
#include "storage/pacingrepository.h"
#include "storage/questionnairerepository.h"
#include "storage/storageerror.h"
#include "storage/trialrepository.h"
#include "support/qtprinters.h"
#include "support/richdiary.h"
#include "support/sampleentries.h"
#include "support/tempdiary.h"

using namespace painpace;
using painpace::testing::TempDiaryTest;

namespace {

const QDate kLastDay(2026, 10, 31);

QByteArray exportJson(const Database& database) {
    return diaryToJson(DiaryExportReader(database).read());
}

int sessionsIn(const Database& database) {
    return PacingRepository(database).sessions(0, QDate(1900, 1, 1), QDate(2199, 12, 31)).size();
}

} // namespace

class DiaryExchangeTest : public TempDiaryTest {
protected:
    void SetUp() override {
        TempDiaryTest::SetUp();
        m_source = openDiary();
        painpace::testing::fillRichDiary(*m_source, 1, kLastDay);
        m_exported = exportJson(*m_source);
        m_target = Database::openFile(pathInTemp(QStringLiteral("target.sqlite")));
    }

    std::unique_ptr<Database> m_source;
    std::unique_ptr<Database> m_target;
    QByteArray m_exported;
};

TEST_F(DiaryExchangeTest, ExportImportExportGivesTheSameDocument) {
    DiaryImporter(*m_target).import(diaryFromJson(m_exported));
    const QByteArray again = exportJson(*m_target);
    EXPECT_EQ(again.size(), m_exported.size());
    EXPECT_TRUE(again == m_exported);
}

// Every field PainPace writes, it reads back: an own export never gets an "is not read" note.
TEST_F(DiaryExchangeTest, EveryFieldOfARichExportIsReadBack) {
    const JsonImport import = importDiaryJson(m_exported);
    EXPECT_EQ(import.notes, QStringList());
    EXPECT_EQ(diaryToJson(import.document), m_exported);
}

TEST_F(DiaryExchangeTest, TheSummaryCountsEveryRecordByKind) {
    const DiaryDocument document = diaryFromJson(m_exported);
    const int checkIns = CheckInRepository(*m_source).count();
    const ImportSummary summary = DiaryImporter(*m_target).import(document);
    EXPECT_EQ(summary.ownTriggers, (ImportCount{1, 0}));
    EXPECT_EQ(summary.ownTherapies, (ImportCount{1, 0}));
    EXPECT_EQ(summary.checkIns, (ImportCount{checkIns, 0}));
    EXPECT_EQ(summary.questionnaires, (ImportCount{2, 0}));
    EXPECT_EQ(summary.pacingPlans, (ImportCount{1, 0}));
    EXPECT_EQ(summary.pacingSessions, (ImportCount{sessionsIn(*m_source), 0}));
    EXPECT_EQ(summary.trials, (ImportCount{1, 0}));
    EXPECT_EQ(CheckInRepository(*m_target).count(), checkIns);
    EXPECT_EQ(TrialRepository(*m_target).followed(TrialRepository(*m_target).trials()[0].id).size(),
              3);
}

TEST_F(DiaryExchangeTest, ImportingTheSameFileTwiceAddsNothingTheSecondTime) {
    const DiaryDocument document = diaryFromJson(m_exported);
    DiaryImporter(*m_target).import(document);
    const ImportSummary second = DiaryImporter(*m_target).import(document);
    EXPECT_EQ(second.added(), 0);
    EXPECT_EQ(second.alreadyThere(), DiaryImporter(*m_target).check(document).alreadyThere());
    EXPECT_EQ(second.checkIns.alreadyThere, CheckInRepository(*m_source).count());
    EXPECT_TRUE(exportJson(*m_target) == m_exported);
}

TEST_F(DiaryExchangeTest, NewSessionsOfAPlanTheDiaryHasAreAddedToIt) {
    DiaryDocument document = diaryFromJson(m_exported);
    DiaryImporter(*m_target).import(document);
    PacingSession extra = document.pacingPlans[0].sessions.last();
    extra.uuid = QUuid::createUuid();
    extra.plannedDay = extra.plannedDay.addDays(2);
    document.pacingPlans[0].sessions.append(extra);
    const ImportSummary summary = DiaryImporter(*m_target).import(document);
    EXPECT_EQ(summary.pacingPlans, (ImportCount{0, 1}));
    EXPECT_EQ(summary.pacingSessions.added, 1);
    EXPECT_EQ(sessionsIn(*m_target), sessionsIn(*m_source) + 1);
    EXPECT_EQ(PacingRepository(*m_target).plans(true).size(), 1);
}

TEST_F(DiaryExchangeTest, AnUnknownTriggerIsNamedByRecordAndFieldAndNothingIsWritten) {
    DiaryDocument document = diaryFromJson(m_exported);
    document.checkIns[5].triggers.append({QStringLiteral("own.moonlight"), TriggerLevel::ALot});
    try {
        DiaryImporter(*m_target).import(document);
        FAIL() << "an unknown trigger was imported";
    } catch (const ValidationError& error) {
        ASSERT_EQ(error.issues().size(), 1);
        EXPECT_EQ(error.issues()[0].field, QStringLiteral("checkIns[5].triggers[%1].trigger")
                                               .arg(document.checkIns[5].triggers.size() - 1));
        EXPECT_TRUE(error.message().contains(QStringLiteral("own.moonlight")));
    }
    EXPECT_EQ(CheckInRepository(*m_target).count(), 0);
    EXPECT_EQ(CatalogueRepository(*m_target).triggers().size(),
              CatalogueRepository(*Database::openFile(pathInTemp(QStringLiteral("fresh.sqlite"))))
                  .triggers()
                  .size());
}

TEST_F(DiaryExchangeTest, AFailureAtTheLastRecordLeavesTheDiaryAsItWas) {
    // The database itself refuses the trial, after every other record was written.
    QSqlQuery refuse(m_target->connection());
    ASSERT_TRUE(refuse.exec(
        QStringLiteral("CREATE TRIGGER refuse_trials BEFORE INSERT ON therapy_trial BEGIN SELECT "
                       "RAISE(ABORT, 'disk full (simulated)'); END")));
    EXPECT_THROW(DiaryImporter(*m_target).import(diaryFromJson(m_exported)), StorageError);
    EXPECT_EQ(CheckInRepository(*m_target).count(), 0);
    EXPECT_TRUE(QuestionnaireRepository(*m_target).history().isEmpty());
    EXPECT_TRUE(PacingRepository(*m_target).plans(true).isEmpty());
    EXPECT_EQ(sessionsIn(*m_target), 0);
    EXPECT_TRUE(DiaryExportReader(*m_target).read().ownTriggers.isEmpty());
}

TEST_F(DiaryExchangeTest, CancellingHalfWayKeepsNothing) {
    const DiaryDocument document = diaryFromJson(m_exported);
    qsizetype seen = 0;
    const auto cancelHalfWay = [&](qsizetype done, qsizetype total) {
        seen = done;
        return done < total / 2;
    };
    EXPECT_THROW(DiaryImporter(*m_target).import(document, cancelHalfWay), ImportCancelled);
    EXPECT_EQ(seen, document.recordCount() / 2);
    EXPECT_EQ(CheckInRepository(*m_target).count(), 0);
    EXPECT_TRUE(DiaryExportReader(*m_target).read().ownTherapies.isEmpty());
    // The diary still takes writes afterwards: no transaction was left open.
    DiaryImporter(*m_target).import(document);
    EXPECT_TRUE(exportJson(*m_target) == m_exported);
}

TEST_F(DiaryExchangeTest, ProgressCountsEveryRecordOnce) {
    const DiaryDocument document = diaryFromJson(m_exported);
    QList<qsizetype> steps;
    DiaryImporter(*m_target).import(document, [&](qsizetype done, qsizetype total) {
        EXPECT_EQ(total, document.recordCount());
        steps.append(done);
        return true;
    });
    ASSERT_EQ(steps.size(), document.recordCount());
    EXPECT_EQ(steps.first(), 1);
    EXPECT_EQ(steps.last(), document.recordCount());
}

TEST_F(DiaryExchangeTest, UndoingAnImportTakesOutExactlyWhatItAdded) {
    // The target has an entry of its own and the plan already: only the rest is taken out again.
    DiaryDocument document = diaryFromJson(m_exported);
    DiaryDocument planOnly;
    planOnly.pacingPlans.append(document.pacingPlans[0]);
    planOnly.pacingPlans[0].sessions.clear();
    DiaryImporter(*m_target).import(planOnly);
    CheckIn own = painpace::testing::minimalCheckIn(3, QDate(2020, 1, 1));
    CheckInRepository(*m_target).save(own);
    const QByteArray before = exportJson(*m_target);

    const ImportSummary summary = DiaryImporter(*m_target).import(document);
    EXPECT_EQ(summary.addedIds.checkIns.size(), CheckInRepository(*m_source).count());
    EXPECT_TRUE(summary.addedIds.pacingPlans.isEmpty());
    EXPECT_EQ(summary.addedIds.pacingSessions.size(), sessionsIn(*m_source));
    EXPECT_EQ(summary.addedIds.ownTherapies, QStringList{QStringLiteral("own.arnica_cream")});
    DiaryImporter(*m_target).removeImported(summary.addedIds);
    EXPECT_TRUE(exportJson(*m_target) == before);

    // Redoing it is importing the same document again.
    DiaryImporter(*m_target).import(document);
    EXPECT_EQ(CheckInRepository(*m_target).count(), CheckInRepository(*m_source).count() + 1);
}

// A document read straight from a diary (a backup being restored) carries no reader's
// validation: the importer validates each new check-in itself, before writing anything.
TEST_F(DiaryExchangeTest, ACheckInNoReaderValidatedIsValidatedBeforeAnythingIsWritten) {
    DiaryDocument document = DiaryExportReader(*m_source).read();
    ASSERT_FALSE(document.checkInsValidated);
    document.checkIns[3].pain = 11;
    try {
        DiaryImporter(*m_target).import(document);
        FAIL() << "a pain of 11 was imported";
    } catch (const ValidationError& error) {
        ASSERT_EQ(error.issues().size(), 1);
        EXPECT_EQ(error.issues()[0].field, QStringLiteral("checkIns[3].pain"));
    }
    EXPECT_EQ(CheckInRepository(*m_target).count(), 0);
    EXPECT_TRUE(DiaryExportReader(*m_target).read().ownTriggers.isEmpty());
}

// What the diary has under the same uuid is left as it is, so it is neither validated nor
// written: importing never changes an entry the diary already holds.
TEST_F(DiaryExchangeTest, ACheckInTheDiaryAlreadyHasIsLeftAsItIs) {
    DiaryImporter(*m_target).import(diaryFromJson(m_exported));
    DiaryDocument changed = DiaryExportReader(*m_source).read();
    const int storedPain = changed.checkIns[0].pain;
    changed.checkIns[0].pain = 42;
    const ImportSummary summary = DiaryImporter(*m_target).import(changed);
    EXPECT_EQ(summary.checkIns, (ImportCount{0, CheckInRepository(*m_source).count()}));
    EXPECT_EQ(CheckInRepository(*m_target).findByUuid(changed.checkIns[0].uuid)->pain, storedPain);
}

// Each code is looked up once; an unknown one is named where the file first uses it.
TEST_F(DiaryExchangeTest, AnUnknownTherapyUsedTwiceIsNamedAtItsFirstUse) {
    DiaryDocument document = diaryFromJson(m_exported);
    TherapyUse unknown;
    unknown.therapyCode = QStringLiteral("own.moon_water");
    document.checkIns[7].therapies.append(unknown);
    document.checkIns[2].therapies.append(unknown);
    try {
        DiaryImporter(*m_target).import(document);
        FAIL() << "an unknown therapy was imported";
    } catch (const ValidationError& error) {
        ASSERT_EQ(error.issues().size(), 1);
        EXPECT_EQ(error.issues()[0].field, QStringLiteral("checkIns[2].therapies[%1].therapy")
                                               .arg(document.checkIns[2].therapies.size() - 1));
    }
    EXPECT_EQ(CheckInRepository(*m_target).count(), 0);
}

TEST_F(DiaryExchangeTest, AnEntryIsAddedUncheckedOnlyInsideAWrite) {
    CheckIn entry = painpace::testing::minimalCheckIn(3, QDate(2020, 1, 1));
    EXPECT_THROW(CheckInRepository(*m_target).addValidated(entry), StorageError);
    EXPECT_EQ(CheckInRepository(*m_target).count(), 0);
}
