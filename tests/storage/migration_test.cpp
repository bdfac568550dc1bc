#include <QFileInfo>
#include <QSqlDatabase>

#include <gtest/gtest.h>
#include <sys/stat.h>

#include "storage/checkinrepository.h"
#include "storage/sqlstatement.h"
#include "storage/storageerror.h"
#include "support/sampleentries.h"
#include "support/tempdiary.h"

using namespace painpace;
using painpace::testing::TempDiaryTest;

namespace {

// The real migrations plus one more, standing in for the next release's schema change.
Database::Options withNextVersion(bool failing = false) {
    Database::Options options;
    const int next = schemaMigrations().constLast().version + 1;
    options.migrations.append(
        {next, QStringLiteral("test: add a table"),
         [failing](const QSqlDatabase& db, const SqlDialect&) {
             SqlStatement::run(db, QStringLiteral("CREATE TABLE next_feature (id INTEGER)"));
             if (failing)
                 SqlStatement::run(db, QStringLiteral("THIS IS NOT SQL"));
         }});
    return options;
}

int countIn(const QString& path, const QString& sql) {
    int result = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
            result = SqlStatement::scalar(db, sql).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return result;
}

} // namespace

class MigrationTest : public TempDiaryTest {
protected:
    void writeCurrentDiary() {
        auto db = openDiary();
        CheckIn entry = painpace::testing::completeCheckIn();
        CheckInRepository(*db).save(entry);
    }
};

TEST_F(MigrationTest, UpgradingWritesAPrivateBackupOfTheOldVersionFirst) {
    writeCurrentDiary();
    const int current = schemaMigrations().constLast().version;
    auto db = Database::openFile(m_path, withNextVersion());
    EXPECT_EQ(db->schemaVersion(), current + 1);

    const QString backup = db->upgradeBackupPath();
    ASSERT_FALSE(backup.isEmpty());
    EXPECT_EQ(QFileInfo(backup).absolutePath(), QFileInfo(m_path).absolutePath());
    EXPECT_TRUE(
        QFileInfo(backup).fileName().contains(QStringLiteral("before-upgrade-v%1").arg(current)));
    struct stat info {};
    ASSERT_EQ(::stat(QFile::encodeName(backup).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    EXPECT_EQ(countIn(backup, QStringLiteral("PRAGMA user_version")), current);
    EXPECT_EQ(countIn(backup, QStringLiteral("SELECT COUNT(*) FROM check_in")), 1);
    EXPECT_EQ(countIn(backup, QStringLiteral("SELECT COUNT(*) FROM spasm_event")), 2);
    EXPECT_EQ(CheckInRepository(*db).count(), 1);
}

TEST_F(MigrationTest, ANewDiaryNeedsNoBackup) {
    auto db = Database::openFile(m_path, withNextVersion());
    EXPECT_TRUE(db->upgradeBackupPath().isEmpty());
}

TEST_F(MigrationTest, AFailedStepLeavesThePreviousVersionAndAllEntries) {
    writeCurrentDiary();
    const int current = schemaMigrations().constLast().version;
    EXPECT_THROW(Database::openFile(m_path, withNextVersion(true)), StorageError);
    EXPECT_EQ(countIn(m_path, QStringLiteral("PRAGMA user_version")), current);
    EXPECT_EQ(
        countIn(m_path,
                QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'next_feature'")),
        0);
    auto db = openDiary();
    EXPECT_EQ(CheckInRepository(*db).count(), 1);
}

TEST_F(MigrationTest, AnUpToDateDiaryIsNotMigratedAgain) {
    writeCurrentDiary();
    auto db = openDiary();
    EXPECT_TRUE(db->upgradeBackupPath().isEmpty());
}

TEST_F(MigrationTest, AVersion1DiaryIsUpgradedToTheCurrentSchemaKeepingEveryEntry) {
    Database::Options version1;
    version1.migrations = {schemaMigrations().constFirst()};
    CheckIn entry = painpace::testing::completeCheckIn();
    {
        auto old = Database::openFile(m_path, version1);
        ASSERT_EQ(old->schemaVersion(), 1);
        CheckInRepository(*old).save(entry);
    }
    auto db = openDiary();
    EXPECT_EQ(db->schemaVersion(), schemaMigrations().constLast().version);
    EXPECT_FALSE(db->upgradeBackupPath().isEmpty());
    EXPECT_EQ(*CheckInRepository(*db).find(entry.id), entry);
    EXPECT_EQ(countIn(m_path, QStringLiteral("SELECT COUNT(*) FROM questionnaire_result")), 0);
}
