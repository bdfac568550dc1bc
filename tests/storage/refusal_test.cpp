#include <QFile>
#include <QSqlQuery>
#include <QSysInfo>

#include <gtest/gtest.h>
#include <sys/stat.h>

#include "exchange/exchangefiles.h"
#include "storage/checkinrepository.h"
#include "storage/diaryfileinspector.h"
#include "storage/diskspace.h"
#include "storage/storageerror.h"
#include "support/filesnapshot.h"
#include "support/rawsql.h"
#include "support/sampleentries.h"
#include "support/tempdiary.h"

using namespace painpace;
using painpace::testing::FileSnapshot;
using painpace::testing::TempDiaryTest;

// Every refusal must leave the file byte-for-byte (and permission-for-permission) as it was.
class RefusalTest : public TempDiaryTest {
protected:
    void expectRefused(OpenError::Reason reason, const QString& path) {
        const FileSnapshot before = FileSnapshot::of(path);
        ASSERT_GT(before.size, 0);
        try {
            auto db = Database::openFile(path);
            ADD_FAILURE() << "the file was opened";
        } catch (const OpenError& error) {
            EXPECT_EQ(error.reason(), reason) << error.message().toStdString();
            EXPECT_FALSE(error.message().isEmpty());
            EXPECT_FALSE(error.message().contains(QLatin1Char('\n')));
        }
        EXPECT_EQ(FileSnapshot::of(path), before);
        EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }

    void writeDiaryWithOneEntry() {
        auto db = openDiary();
        CheckIn entry = painpace::testing::completeCheckIn();
        CheckInRepository(*db).save(entry);
    }
};

TEST_F(RefusalTest, ATextFileIsNotADiary) {
    QFile file(m_path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("date,pain\n2026-01-01,5\n");
    file.close();
    expectRefused(OpenError::Reason::NotADiary, m_path);
}

TEST_F(RefusalTest, AnotherProgramsSqliteDatabaseIsNotADiary) {
    painpace::testing::runSqlDirectly(m_path, {QStringLiteral("CREATE TABLE songs (title TEXT)"),
                                               QStringLiteral("INSERT INTO songs VALUES ('x')")});
    expectRefused(OpenError::Reason::NotADiary, m_path);
}

TEST_F(RefusalTest, ADiaryFromANewerPainPaceIsRefused) {
    writeDiaryWithOneEntry();
    painpace::testing::runSqlDirectly(m_path, {QStringLiteral("PRAGMA user_version = 99")});
    expectRefused(OpenError::Reason::NewerThanApp, m_path);
}

TEST_F(RefusalTest, ADamagedDiaryIsRefused) {
    writeDiaryWithOneEntry();
    ASSERT_TRUE(painpace::testing::damageDiaryFile(m_path));
    expectRefused(OpenError::Reason::Corrupt, m_path);
    // The reason is the database's own words, without the statement it was running.
    try {
        Database::openFile(m_path);
        ADD_FAILURE() << "the damaged diary was opened";
    } catch (const OpenError& error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("(The database said: ")))
            << error.message().toStdString();
        EXPECT_FALSE(error.message().contains(QStringLiteral("SELECT")))
            << error.message().toStdString();
    }
}

TEST_F(RefusalTest, ADiaryDamagedInManyPlacesIsRefusedInOneShortLine) {
    {
        auto db = Database::openFile(m_path);
        QList<CheckIn> entries;
        for (int day = 0; day < 3000; ++day)
            entries.append(
                painpace::testing::minimalCheckIn(day % 11, QDate(2020, 1, 1).addDays(day)));
        CheckInRepository(*db).saveAll(entries);
    }
    QFile file(m_path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 pages = file.size() / 4096;
    ASSERT_GT(pages, 60);
    // Pages in the second half, well after the schema: it still reads, and the check at
    // opening finds many problems.
    file.seek(4096 * (pages / 2));
    file.write(QByteArray(static_cast<int>(4096 * (pages / 4)), '\xA5'));
    file.close();
    try {
        Database::openFile(m_path);
        FAIL() << "the damaged diary was opened";
    } catch (const OpenError& error) {
        EXPECT_EQ(error.reason(), OpenError::Reason::Corrupt);
        EXPECT_FALSE(error.message().contains(QLatin1Char('\n'))) << error.message().toStdString();
        EXPECT_LT(error.message().size(), m_path.size() + 200) << error.message().toStdString();
        EXPECT_TRUE(error.message().contains(QStringLiteral("more problems")))
            << error.message().toStdString();
    }
}

TEST(DiaryFileInspector, AReportOfManyProblemsBecomesTheFirstAndACount) {
    EXPECT_EQ(DiaryFileInspector::firstProblem(QStringLiteral(
                  "*** in database main ***\nPage 250: bad\nPage 244: worse\nPage 238: bad")),
              QStringLiteral("Page 250: bad, and 2 more problems"));
    EXPECT_EQ(DiaryFileInspector::firstProblem(QStringLiteral("row 3 of mark; row 4 of mark")),
              QStringLiteral("row 3 of mark, and 1 more problem"));
    EXPECT_EQ(DiaryFileInspector::firstProblem(QStringLiteral("database disk image is malformed")),
              QStringLiteral("database disk image is malformed"));
    EXPECT_EQ(DiaryFileInspector::firstProblem(QString()), QString());
}

TEST_F(RefusalTest, AReadOnlyDiaryIsRefused) {
    writeDiaryWithOneEntry();
    ASSERT_EQ(::chmod(QFile::encodeName(m_path).constData(), 0400), 0);
    expectRefused(OpenError::Reason::ReadOnly, m_path);
}

TEST_F(RefusalTest, ASecondPainPaceOnTheSameDiaryIsRefused) {
    writeDiaryWithOneEntry();
    auto first = openDiary();
    const FileSnapshot before = FileSnapshot::of(m_path);
    try {
        auto second = openDiary();
        FAIL() << "the second open succeeded";
    } catch (const OpenError& error) {
        EXPECT_EQ(error.reason(), OpenError::Reason::Locked);
        EXPECT_TRUE(error.message().contains(QStringLiteral("already open")));
    }
    EXPECT_EQ(FileSnapshot::of(m_path), before);
    EXPECT_EQ(CheckInRepository(*first).count(), 1); // the first window carries on
}

TEST_F(RefusalTest, AStaleLockFromACrashedPainPaceDoesNotBlock) {
    writeDiaryWithOneEntry();
    QFile lock(m_path + QStringLiteral(".lock"));
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
    // A process that no longer exists, on this machine.
    lock.write("999999\nPainPace\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();
    auto db = openDiary();
    EXPECT_EQ(CheckInRepository(*db).count(), 1);
}

TEST_F(RefusalTest, AFolderIsNotADiary) {
    try {
        auto db = Database::openFile(m_dir.path());
        FAIL() << "opened a folder";
    } catch (const OpenError& error) {
        EXPECT_EQ(error.reason(), OpenError::Reason::NotADiary);
    }
}

// A pipe (or any device) given as the diary is refused, and its permissions are left alone:
// making a device node private was not PainPace's to do.
TEST_F(RefusalTest, APipeIsNotADiaryAndKeepsItsPermissions) {
    const QString pipe = m_dir.filePath(QStringLiteral("pipe"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(pipe).constData(), 0644), 0);
    for (const auto access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
        Database::Options options;
        options.access = access;
        try {
            auto db = Database::openFile(pipe, options);
            ADD_FAILURE() << "opened a pipe";
        } catch (const OpenError& error) {
            EXPECT_EQ(error.reason(), OpenError::Reason::NotADiary);
            EXPECT_TRUE(error.message().contains(QStringLiteral("not a regular file")))
                << error.message().toStdString();
        }
    }
    struct stat info {};
    ASSERT_EQ(::stat(QFile::encodeName(pipe).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0644u);
}

// Importing from a pipe or a device says so at once, instead of waiting forever for the pipe's
// end or running out of memory on /dev/zero.
TEST_F(RefusalTest, AnImportFromAPipeOrADeviceIsRefusedAtOnce) {
    const QString pipe = m_dir.filePath(QStringLiteral("export.json"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    for (const QString& path : {pipe, QStringLiteral("/dev/zero")}) {
        try {
            readImport(path);
            ADD_FAILURE() << "read " << path.toStdString();
        } catch (const StorageError& error) {
            EXPECT_TRUE(error.message().contains(QStringLiteral("not a regular file")))
                << error.message().toStdString();
        }
    }
}

namespace {

qint64 nineKilobytesFree(const QString&) {
    return 9 * 1024;
}

qint64 threeHundredKilobytesFree(const QString&) {
    return 300 * 1024;
}

// Stands in for the disk's free space for one test.
class FreeSpace {
public:
    explicit FreeSpace(diskspace::FreeSpaceProbe probe) { diskspace::setProbeForTests(probe); }
    ~FreeSpace() { diskspace::setProbeForTests(nullptr); }
    FreeSpace(const FreeSpace&) = delete;
    FreeSpace& operator=(const FreeSpace&) = delete;
};

} // namespace

// With 9 to 11 KB free on a disk of 1 KB blocks, opening a diary died with SIGBUS in SQLite's
// shared memory (docs/architecture.md, "A full disk"). Now it is refused in words, for reading too.
TEST_F(RefusalTest, ADiaryOnANearlyFullDiskIsNotOpenedEvenToRead) {
    writeDiaryWithOneEntry();
    const FreeSpace full(nineKilobytesFree);
    expectRefused(OpenError::Reason::DiskFull, m_path);
    Database::Options reading;
    reading.access = Database::Access::ReadOnly;
    try {
        Database::openFile(m_path, reading);
        ADD_FAILURE() << "opened";
    } catch (const OpenError& error) {
        EXPECT_EQ(error.reason(), OpenError::Reason::DiskFull);
        EXPECT_EQ(error.message(),
                  QStringLiteral("%1 cannot be opened safely: the disk is full (9 KB free), and "
                                 "PainPace needs at least 256 KB free beside a diary. Make room on "
                                 "that disk and open it again; the diary is not damaged.")
                      .arg(m_path));
    }
    EXPECT_THROW(Database::openFile(pathInTemp(QStringLiteral("new.sqlite"))), OpenError);
    EXPECT_FALSE(QFile::exists(pathInTemp(QStringLiteral("new.sqlite"))));
}

TEST_F(RefusalTest, ADiaryOnADiskWithRoomOpensAsBefore) {
    writeDiaryWithOneEntry();
    const FreeSpace room(threeHundredKilobytesFree);
    auto database = openDiary();
    EXPECT_EQ(CheckInRepository(*database).count(), 1);
}

// A full disk or an I/O error says nothing about the file; calling the diary damaged would send
// the person to a backup that lacks their newest entries.
TEST(DamageVerdict, OnlySqlitesOwnVerdictMakesADiaryDamaged) {
    const auto said = [](int code) {
        return StorageError(QString(), QString(), code).saysDamaged();
    };
    EXPECT_TRUE(said(11));        // SQLITE_CORRUPT
    EXPECT_TRUE(said(11 | 256));  // SQLITE_CORRUPT_VTAB
    EXPECT_TRUE(said(26));        // SQLITE_NOTADB
    EXPECT_FALSE(said(10));       // SQLITE_IOERR
    EXPECT_FALSE(said(10 | 768)); // SQLITE_IOERR_SHORT_READ
    EXPECT_FALSE(said(13));       // SQLITE_FULL
    EXPECT_FALSE(said(5));        // SQLITE_BUSY
    EXPECT_FALSE(said(14));       // SQLITE_CANTOPEN
    EXPECT_FALSE(said(0));        // not from the database
}

// A full disk during a save says so plainly, with the free space, and writes nothing. SQLite's
// own page limit stands in for the disk here: it fails the same way (SQLITE_FULL).
TEST_F(RefusalTest, ASaveOnAFullDiskSaysSoAndWritesNothing) {
    writeDiaryWithOneEntry();
    auto database = openDiary();
    QSqlQuery limit(database->connection());
    ASSERT_TRUE(limit.exec(QStringLiteral("PRAGMA page_count")) && limit.next());
    const int pages = limit.value(0).toInt();
    ASSERT_TRUE(limit.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    const FreeSpace full(nineKilobytesFree);
    CheckIn entry = painpace::testing::completeCheckIn(QDate(2026, 3, 15));
    entry.note = QString(20'000, QLatin1Char('n'));
    try {
        CheckInRepository(*database).save(entry);
        ADD_FAILURE() << "saved";
    } catch (const StorageError& error) {
        EXPECT_EQ(error.message(), QStringLiteral("The disk that holds the diary is full (9 KB "
                                                  "free), so nothing was written. Make room on it "
                                                  "and try again."));
    }
    EXPECT_EQ(CheckInRepository(*database).count(), 1);
}
