#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>

#include <gtest/gtest.h>
#include <sys/stat.h>

#include "storage/checkinrepository.h"
#include "storage/diaryfileinspector.h"
#include "storage/readsnapshot.h"
#include "storage/sqlstatement.h"
#include "storage/storageerror.h"
#include "storage/writetransaction.h"
#include "support/sampleentries.h"
#include "support/tempdiary.h"

using namespace painpace;
using painpace::testing::TempDiaryTest;

namespace {

int modeOf(const QString& path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 0777);
}

QVariant pragma(const Database& db, const char* name) {
    return SqlStatement::scalar(db.connection(),
                                QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
}

} // namespace

class DatabaseTest : public TempDiaryTest {};

TEST_F(DatabaseTest, ANewDiaryGetsAPrivateFolderAndAPrivateFile) {
    const QString path = pathInTemp(QStringLiteral("data/PainPace/diary.sqlite"));
    auto db = Database::openFile(path);
    EXPECT_EQ(modeOf(pathInTemp(QStringLiteral("data"))), 0700);
    EXPECT_EQ(modeOf(pathInTemp(QStringLiteral("data/PainPace"))), 0700);
    EXPECT_EQ(modeOf(path), 0600);
    // SQLite gives the journal files the database file's permissions.
    EXPECT_EQ(modeOf(path + QStringLiteral("-wal")), 0600);
    EXPECT_EQ(modeOf(path + QStringLiteral("-shm")), 0600);
}

TEST_F(DatabaseTest, AnExistingDiaryThatOthersCouldReadIsMadePrivate) {
    openDiary().reset();
    ASSERT_EQ(::chmod(QFile::encodeName(m_path).constData(), 0644), 0);
    auto db = openDiary();
    EXPECT_EQ(modeOf(m_path), 0600);
}

TEST_F(DatabaseTest, EveryConnectionUsesForeignKeysWalFullSyncAndABusyTimeout) {
    auto db = openDiary();
    EXPECT_EQ(pragma(*db, "foreign_keys").toInt(), 1);
    EXPECT_EQ(pragma(*db, "journal_mode").toString(), QStringLiteral("wal"));
    EXPECT_EQ(pragma(*db, "synchronous").toInt(), 2); // FULL
    EXPECT_EQ(pragma(*db, "busy_timeout").toInt(), SqlDialect::kBusyTimeoutMs);
}

TEST_F(DatabaseTest, ANewDiaryIsAtTheNewestSchemaVersionAndMarkedAsPainPace) {
    auto db = openDiary();
    EXPECT_EQ(db->schemaVersion(), schemaMigrations().constLast().version);
    EXPECT_EQ(pragma(*db, "application_id").toInt(), SqlDialect::kSqliteApplicationId);
    EXPECT_TRUE(db->upgradeBackupPath().isEmpty());
}

TEST_F(DatabaseTest, WritesBeginImmediatelyAndRollBackUnlessCommitted) {
    auto db = openDiary();
    {
        WriteTransaction transaction(db->connection(), db->dialect());
        SqlStatement::run(
            db->connection(),
            QStringLiteral("INSERT INTO trigger_def (code, name) VALUES ('own.x', 'X')"));
        // Another connection cannot start a write while this one holds the lock.
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(m_path);
        ASSERT_TRUE(other.open());
        QSqlQuery busy(other);
        EXPECT_FALSE(busy.exec(QStringLiteral("BEGIN IMMEDIATE")));
        other.close();
    } // no commit: rolled back
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    EXPECT_EQ(SqlStatement::scalar(
                  db->connection(),
                  QStringLiteral("SELECT COUNT(*) FROM trigger_def WHERE code = 'own.x'"))
                  .toInt(),
              0);
}

TEST_F(DatabaseTest, ACommittedWriteIsKept) {
    auto db = openDiary();
    WriteTransaction transaction(db->connection(), db->dialect());
    SqlStatement::run(db->connection(),
                      QStringLiteral("INSERT INTO trigger_def (code, name) VALUES ('own.x', 'X')"));
    transaction.commit();
    EXPECT_EQ(SqlStatement::scalar(
                  db->connection(),
                  QStringLiteral("SELECT COUNT(*) FROM trigger_def WHERE code = 'own.x'"))
                  .toInt(),
              1);
}

TEST_F(DatabaseTest, AFailingStatementRaisesTheDriversMessage) {
    auto db = openDiary();
    try {
        SqlStatement::run(db->connection(), QStringLiteral("SELECT * FROM no_such_table"));
        FAIL() << "expected a StorageError";
    } catch (const StorageError& error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("no such table")));
    }
}

TEST_F(DatabaseTest, TheDefaultPathFollowsPainpaceDatabase) {
    qputenv("PAINPACE_DATABASE", QFile::encodeName(m_path));
    EXPECT_EQ(Database::defaultPath(), m_path);
    qunsetenv("PAINPACE_DATABASE");
    EXPECT_TRUE(Database::defaultPath().endsWith(QStringLiteral("/diary.sqlite")));
}

TEST_F(DatabaseTest, ReadOnlyAccessCannotWrite) {
    openDiary().reset();
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto db = Database::openFile(m_path, options);
    EXPECT_TRUE(db->isReadOnly());
    CheckIn entry = painpace::testing::minimalCheckIn(3);
    EXPECT_THROW(CheckInRepository(*db).save(entry), StorageError);
}

TEST_F(DatabaseTest, AHealthyDiaryHasAnEmptyIntegrityReport) {
    auto db = openDiary();
    CheckIn entry = painpace::testing::completeCheckIn();
    CheckInRepository(*db).save(entry);
    db.reset();
    EXPECT_EQ(DiaryFileInspector::integrityReport(m_path), QString());
}

// A read-only connection opened while no window has the diary open still sees what a window
// started afterwards writes, and the diary stays whole to it: reading it as a file that never
// changes gave stale counts and "missing from index" verdicts on a healthy diary.
TEST_F(DatabaseTest, AReaderSeesWhatAWriterStartedAfterItWrites) {
    {
        auto writer = openDiary();
        for (int i = 0; i < 20; ++i) {
            CheckIn entry = painpace::testing::minimalCheckIn(i % 11, QDate(2026, 1, 1).addDays(i));
            CheckInRepository(*writer).save(entry);
        }
    }
    ASSERT_FALSE(QFileInfo::exists(m_path + QStringLiteral("-wal"))); // no window has it open
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto reader = Database::openFile(m_path, options);
    ASSERT_EQ(CheckInRepository(*reader).count(), 20);

    auto writer = openDiary();
    for (int i = 0; i < 300; ++i) {
        CheckIn entry = painpace::testing::minimalCheckIn(i % 11, QDate(2024, 1, 1).addDays(i));
        CheckInRepository(*writer).save(entry);
    }
    EXPECT_EQ(CheckInRepository(*reader).count(), 320);
    EXPECT_EQ(SqlStatement::scalar(reader->connection(), QStringLiteral("PRAGMA integrity_check"))
                  .toString(),
              QStringLiteral("ok"));
}

// A PainPace killed while creating its lock file leaves it empty. Such a file holds no one's lock:
// the diary opens at once instead of after 30 seconds. An empty lock file made just now is
// someone opening the diary at this moment, and is respected.
TEST_F(DatabaseTest, AnEmptyLockFileLeftByAKilledPainPaceIsStaleAtOnce) {
    openDiary().reset();
    QFile lock(m_path + QStringLiteral(".lock"));
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
    lock.close();
    try {
        openDiary();
        ADD_FAILURE() << "a lock file made just now was ignored";
    } catch (const OpenError& error) {
        EXPECT_EQ(error.reason(), OpenError::Reason::Locked);
        EXPECT_TRUE(error.message().contains(QStringLiteral("being opened by another PainPace")))
            << error.message().toStdString();
    }
    ASSERT_TRUE(lock.open(QIODevice::ReadWrite));
    ASSERT_TRUE(lock.setFileTime(QDateTime::currentDateTime().addSecs(-10),
                                 QFileDevice::FileModificationTime));
    lock.close();
    QElapsedTimer clock;
    clock.start();
    auto db = openDiary();
    EXPECT_LT(clock.elapsed(), 1000);
    EXPECT_GT(QFileInfo(lock.fileName()).size(), 0); // the lock is this PainPace's now
}

// A reader that always overlaps the writer kept SQLite from restarting its log: it grew to
// 100 MB in a minute of the soak test. After the readers of older snapshots are done, the next
// commit empties a log past its bound (docs/architecture.md, "Soak test").
TEST_F(DatabaseTest, TheWriteAheadLogIsEmptiedOnceItsReadersAreDone) {
    auto writer = openDiary();
    auto reader = Database::openAnotherConnection(writer->sharedFile(), Database::Access::ReadOnly);
    CheckInRepository checkIns(*writer);
    const QString log = m_path + QStringLiteral("-wal");
    {
        const ReadSnapshot reading(reader->connection());
        EXPECT_EQ(CheckInRepository(*reader).count(), 0); // the snapshot begins here
        for (int i = 0; QFileInfo(log).size() <= SqlDialect::kLogBound; ++i) {
            CheckIn entry = painpace::testing::minimalCheckIn(4, QDate(2026, 1, 1).addDays(i));
            entry.note = QString(10'000, QLatin1Char('n'));
            checkIns.save(entry);
            ASSERT_LT(i, 5000);
        }
        EXPECT_EQ(CheckInRepository(*reader).count(), 0); // the reader still sees its snapshot
    }
    CheckIn last = painpace::testing::minimalCheckIn(5, QDate(2030, 1, 1));
    checkIns.save(last);
    EXPECT_LT(QFileInfo(log).size(), 64 * 1024);
    EXPECT_EQ(CheckInRepository(*reader).count(), checkIns.count());
}
