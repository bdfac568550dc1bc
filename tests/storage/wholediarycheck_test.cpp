
#include <gtest/gtest.h>

#include "exchange/diaryjson.h"
#include "report/reportbuilder.h"
#include "storage/checkinrepository.h"
#include "storage/diaryexportreader.h"
#include "storage/diaryimporter.h"
#include "storage/readsnapshot.h"
#include "storage/storageerror.h"
#include "storage/wholediarycheck.h"
#include "support/filesnapshot.h"
#include "support/qtprinters.h"
#include "support/rawsql.h"
#include "support/richdiary.h"
#include "support/sampleentries.h"
#include "support/tempdiary.h"

using namespace painpace;
using painpace::testing::FileSnapshot;
using painpace::testing::TempDiaryTest;

namespace {

const QDate kLastDay(2026, 10, 31);

std::string problemsText(const Database& database) {
    return WholeDiaryCheck::problems(database).join(QStringLiteral(" | ")).toStdString();
}

} // namespace

class WholeDiaryCheckTest : public TempDiaryTest {
protected:
    void SetUp() override {
        TempDiaryTest::SetUp();
        auto database = openDiary();
        painpace::testing::fillRichDiary(*database, 1, kLastDay);
        m_exportedWhole = diaryToJson(DiaryExportReader(*database).read());
    }

    // Damages the closed diary with `statements`, opens it again (the quick look at opening lets
    // these through) and expects every export, report and import to be refused, naming
    // `problem`, with the file unchanged.
    void expectRefusedEverywhere(const QStringList& statements, const QString& problem) {
        painpace::testing::runSqlDirectly(m_path, statements);
        auto database = openDiary();
        const QStringList problems = WholeDiaryCheck::problems(*database);
        ASSERT_FALSE(problems.isEmpty());
        EXPECT_TRUE(problems.first().contains(problem)) << problemsText(*database);
        const int checkIns = CheckInRepository(*database).count();
        database.reset();
        const FileSnapshot before = FileSnapshot::of(m_path);

        database = openDiary();
        expectRefusal([&] { DiaryExportReader(*database).read(); }, "exported nothing", problem);
        expectRefusal([&] { buildClinicianReport(*database, kLastDay.addDays(-89), kLastDay); },
                      "made no report", problem);
        DiaryDocument incoming;
        incoming.checkIns.append(painpace::testing::minimalCheckIn(4, kLastDay.addDays(1)));
        expectRefusal([&] { DiaryImporter(*database).import(incoming); }, "imported nothing",
                      problem);
        expectRefusal([&] { DiaryImporter(*database).removeImported({}); }, "took nothing out",
                      problem);
        EXPECT_EQ(CheckInRepository(*database).count(), checkIns);
        database.reset();
        EXPECT_EQ(FileSnapshot::of(m_path), before);
    }

    template <typename Action>
    void expectRefusal(Action action, const char* refused, const QString& problem) {
        try {
            action();
            ADD_FAILURE() << "not refused: " << refused;
        } catch (const StorageError& error) {
            const QString message = error.message();
            EXPECT_TRUE(message.contains(QStringLiteral("is damaged"))) << message.toStdString();
            EXPECT_TRUE(message.contains(QLatin1String(refused))) << message.toStdString();
            EXPECT_TRUE(message.contains(problem)) << message.toStdString();
            EXPECT_TRUE(message.contains(QStringLiteral("painpace check")));
            EXPECT_TRUE(message.contains(QStringLiteral("Restore from backup")));
        }
    }

    QByteArray m_exportedWhole;
};

TEST_F(WholeDiaryCheckTest, AWholeDiaryHasNoProblemsAndExportsAsBefore) {
    auto database = openDiary();
    EXPECT_EQ(WholeDiaryCheck::problems(*database), QStringList());
    EXPECT_EQ(diaryToJson(DiaryExportReader(*database).read()), m_exportedWhole);
}

TEST_F(WholeDiaryCheckTest, AChangedCheckConstraintIsFoundByItsTable) {
    // A widened range lets a pain of 50 in; SQLite's own checks then find nothing wrong.
    expectRefusedEverywhere(
        {QStringLiteral("PRAGMA writable_schema = ON"),
         QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, 'pain BETWEEN 0 AND 10', "
                        "'pain BETWEEN 0 AND 100') WHERE name = 'check_in'"),
         QStringLiteral("PRAGMA writable_schema = OFF")},
        QStringLiteral("the definition of the table check_in is not the one PainPace wrote"));
}

TEST_F(WholeDiaryCheckTest, AnIndexThatDoesNotMatchItsTableIsFound) {
    expectRefusedEverywhere(
        {QStringLiteral("PRAGMA writable_schema = ON"),
         QStringLiteral("UPDATE sqlite_master SET sql = 'CREATE INDEX check_in_by_day ON check_in "
                        "(at_utc_ms, local_day)' WHERE name = 'check_in_by_day'"),
         QStringLiteral("PRAGMA writable_schema = OFF")},
        QStringLiteral("check_in_by_day"));
}

TEST_F(WholeDiaryCheckTest, AMarkPointingToNoCheckInIsFound) {
    expectRefusedEverywhere(
        {QStringLiteral("PRAGMA foreign_keys = OFF"),
         QStringLiteral("UPDATE pain_mark SET check_in_id = 999999 WHERE rowid = "
                        "(SELECT MIN(rowid) FROM pain_mark)")},
        QStringLiteral("of pain_mark points to a missing check_in"));
}

TEST_F(WholeDiaryCheckTest, AnUnknownPainQualityIsFoundInsteadOfReadAsAching) {
    expectRefusedEverywhere({QStringLiteral("UPDATE pain_mark SET quality = 'achinf' WHERE rowid "
                                            "= (SELECT MIN(rowid) FROM pain_mark)")},
                            QStringLiteral("holds the unknown quality 'achinf'"));
}

TEST_F(WholeDiaryCheckTest, AnUnknownTherapyKindIsFound) {
    expectRefusedEverywhere({QStringLiteral("UPDATE therapy_def SET kind = 'hext' WHERE code = "
                                            "(SELECT MIN(code) FROM therapy_def)")},
                            QStringLiteral("holds the unknown kind 'hext'"));
}

TEST_F(WholeDiaryCheckTest, AnUnknownTrialOutcomeIsFound) {
    expectRefusedEverywhere({QStringLiteral("UPDATE therapy_trial SET outcome = 'pian'")},
                            QStringLiteral("holds the unknown outcome 'pian'"));
}

TEST_F(WholeDiaryCheckTest, ACheckInWithoutAValidUuidIsFound) {
    expectRefusedEverywhere({QStringLiteral("UPDATE check_in SET uuid = 'not-a-uuid' WHERE rowid "
                                            "= (SELECT MIN(rowid) FROM check_in)")},
                            QStringLiteral("of check_in has no valid uuid"));
}

TEST_F(WholeDiaryCheckTest, EveryProblemIsListedNotOnlyTheFirst) {
    painpace::testing::runSqlDirectly(
        m_path, {QStringLiteral("UPDATE pain_mark SET quality = 'x1' WHERE rowid IN (SELECT rowid "
                                "FROM pain_mark ORDER BY rowid LIMIT 3)"),
                 QStringLiteral("UPDATE check_in SET uuid = 'y' WHERE rowid = (SELECT MAX(rowid) "
                                "FROM check_in)")});
    auto database = openDiary();
    const QStringList problems = WholeDiaryCheck::problems(*database);
    ASSERT_EQ(problems.size(), 4) << problemsText(*database);
    EXPECT_EQ(problems.filter(QStringLiteral("unknown quality 'x1'")).size(), 3);
    EXPECT_EQ(problems.filter(QStringLiteral("has no valid uuid")).size(), 1);
    try {
        DiaryExportReader(*database).read();
        ADD_FAILURE() << "exported";
    } catch (const StorageError& error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("and 3 more problems")))
            << error.message().toStdString();
    }
}

// An export reads one state of the diary even while another connection writes.
TEST_F(WholeDiaryCheckTest, ASnapshotDoesNotSeeWhatAnotherConnectionWritesMeanwhile) {
    auto database = openDiary();
    auto writer =
        Database::openAnotherConnection(database->sharedFile(), Database::Access::ReadWrite);
    CheckInRepository reading(*database);
    const int before = reading.count();
    {
        const ReadSnapshot snapshot(database->connection());
        EXPECT_EQ(reading.count(), before);
        CheckIn late = painpace::testing::minimalCheckIn(5, kLastDay.addDays(1));
        CheckInRepository(*writer).save(late);
        EXPECT_EQ(reading.count(), before);
        const ReadSnapshot inner(database->connection()); // nests without a second BEGIN
        EXPECT_EQ(reading.count(), before);
    }
    EXPECT_EQ(reading.count(), before + 1);
}
