#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include "storage/backuprotation.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/diarybackups.h"
#include "storage/privatefiles.h"
#include "storage/storageerror.h"
#include "support/sampleentries.h"
#include "support/tempdiary.h"

using namespace painpace;
using painpace::testing::damageDiaryFile;
using painpace::testing::minimalCheckIn;
using painpace::testing::TempDiaryTest;

namespace {

// One backup at 9:00 on each day from `first` to `last`.
QList<BackupFile> dailyBackups(const QDate& first, const QDate& last) {
    QList<BackupFile> backups;
    for (QDate day = first; day <= last; day = day.addDays(1))
        backups.append({day.toString(Qt::ISODate), QDateTime(day, QTime(9, 0))});
    return backups;
}

} // namespace

TEST(BackupRotation, KeepsSevenDaysAndFourWeeks) {
    // 34 days, Monday 21 September to Saturday 24 October 2026 (ISO weeks 39 to 43).
    const QList<BackupFile> backups = dailyBackups(QDate(2026, 9, 21), QDate(2026, 10, 24));
    const QList<QString> discard = backupsToDiscard(backups);
    QStringList kept;
    for (const BackupFile& backup : backups) {
        if (!discard.contains(backup.path))
            kept.append(backup.path);
    }
    // The last 7 days, and the newest of weeks 41 and 40; week 39 is the fifth week back.
    EXPECT_EQ(kept, (QStringList{QStringLiteral("2026-10-04"), QStringLiteral("2026-10-11"),
                                 QStringLiteral("2026-10-18"), QStringLiteral("2026-10-19"),
                                 QStringLiteral("2026-10-20"), QStringLiteral("2026-10-21"),
                                 QStringLiteral("2026-10-22"), QStringLiteral("2026-10-23"),
                                 QStringLiteral("2026-10-24")}));
}

TEST(BackupRotation, TwoBackupsOnOneDayKeepTheNewer) {
    const QDate day(2026, 11, 22);
    const QList<BackupFile> backups{{QStringLiteral("morning"), QDateTime(day, QTime(8, 0))},
                                    {QStringLiteral("evening"), QDateTime(day, QTime(20, 0))}};
    EXPECT_EQ(backupsToDiscard(backups), QList<QString>{QStringLiteral("morning")});
}

class DiaryBackupsTest : public TempDiaryTest {};

TEST_F(DiaryBackupsTest, ABackupIsAPrivateSoundCopyAndRotationRunsOnAFakeClock) {
    auto db = openDiary();
    QList<CheckIn> entries{minimalCheckIn(4), minimalCheckIn(6, QDate(2026, 3, 15))};
    CheckInRepository(*db).saveAll(entries);
    DiaryBackups backups(*db);
    const QDateTime start(QDate(2026, 9, 21), QTime(9, 0));
    const QString first = backups.backUpNow(start);
    EXPECT_EQ(QFileInfo(backups.folder()).permissions() & 0x0077, 0); // nothing for others
    EXPECT_EQ(QFileInfo(first).permissions() & 0x0077, 0);
    {
        auto copy = Database::openFile(first);
        EXPECT_EQ(CheckInRepository(*copy).count(), 2);
    }
    EXPECT_FALSE(backups.backUpIfDue(start.addSecs(3600))); // one a day is enough
    for (int day = 1; day < 34; ++day)
        EXPECT_TRUE(backups.backUpIfDue(start.addDays(day)));
    const QList<BackupFile> kept = backups.list();
    ASSERT_EQ(kept.size(), 9);
    EXPECT_EQ(kept.first().taken, start.addDays(33));
    EXPECT_EQ(kept.last().taken.date(), QDate(2026, 10, 4));
}

TEST_F(DiaryBackupsTest, RestoringPutsTheBackupsEntriesBackAndKeepsTheFilePrivate) {
    QString backup;
    {
        auto db = openDiary();
        QList<CheckIn> entries{minimalCheckIn(4), minimalCheckIn(6, QDate(2026, 3, 15))};
        CheckInRepository(*db).saveAll(entries);
        backup = DiaryBackups(*db).backUpNow(QDateTime(QDate(2026, 3, 16), QTime(8, 0)));
        CheckIn later = minimalCheckIn(7, QDate(2026, 3, 17));
        CheckInRepository(*db).save(later);
        EXPECT_EQ(CheckInRepository(*db).count(), 3);
    }
    EXPECT_EQ(DiaryBackups::entryCount(backup), 2);
    DiaryBackups::restoreFile(backup, m_path);
    EXPECT_EQ(QFileInfo(m_path).permissions() & 0x0077, 0);
    EXPECT_FALSE(QFile::exists(m_path + QStringLiteral(".restoring")));
    auto restored = openDiary();
    EXPECT_EQ(CheckInRepository(*restored).count(), 2);
}

TEST_F(DiaryBackupsTest, ADamagedBackupIsNotRestoredAndTheDiaryStays) {
    {
        auto db = openDiary();
        CheckIn entry = minimalCheckIn(4);
        CheckInRepository(*db).save(entry);
    }
    const QString broken = pathInTemp(QStringLiteral("broken.sqlite"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("SQLite format 3");
    file.write(QByteArray(4096, 'x'));
    file.close();
    EXPECT_THROW(DiaryBackups::restoreFile(broken, m_path), StorageError);
    EXPECT_EQ(DiaryBackups::entryCount(broken), -1);
    auto db = openDiary();
    EXPECT_EQ(CheckInRepository(*db).count(), 1);
}

TEST_F(DiaryBackupsTest, BackupsOfADiaryThatCannotBeOpenedAreListedByItsPath) {
    QString newer;
    {
        auto db = openDiary();
        CheckIn entry = minimalCheckIn(4);
        CheckInRepository(*db).save(entry);
        DiaryBackups(*db).backUpNow(QDateTime(QDate(2026, 3, 14), QTime(8, 0)));
        newer = DiaryBackups(*db).backUpNow(QDateTime(QDate(2026, 3, 15), QTime(8, 30)));
        EXPECT_EQ(DiaryBackups::folderFor(m_path), DiaryBackups(*db).folder());
    }
    ASSERT_TRUE(damageDiaryFile(m_path));
    EXPECT_THROW(openDiary(), OpenError);
    const QList<BackupFile> found = DiaryBackups::listFor(m_path);
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found.first().path, newer);
    EXPECT_EQ(found.first().taken, QDateTime(QDate(2026, 3, 15), QTime(8, 30)));
    EXPECT_TRUE(DiaryBackups::listFor(pathInTemp(QStringLiteral("other.sqlite"))).isEmpty());
}

TEST_F(DiaryBackupsTest, ADamagedDiaryIsKeptWithItsLogBeforeABackupReplacesIt) {
    QString backup;
    {
        auto db = openDiary();
        CheckIn entry = minimalCheckIn(4);
        CheckInRepository(*db).save(entry);
        backup = DiaryBackups(*db).backUpNow(QDateTime(QDate(2026, 3, 15), QTime(8, 0)));
    }
    ASSERT_TRUE(damageDiaryFile(m_path));
    QFile log(m_path + QStringLiteral("-wal"));
    ASSERT_TRUE(log.open(QIODevice::WriteOnly));
    log.write("the newest pages");
    log.close();
    QFile damaged(m_path);
    ASSERT_TRUE(damaged.open(QIODevice::ReadOnly));
    const QByteArray damagedBytes = damaged.readAll();
    damaged.close();

    const QDateTime now(QDate(2026, 3, 16), QTime(9, 5, 7));
    const QString kept = DiaryBackups::keepDamagedCopy(m_path, now);
    EXPECT_EQ(kept, DiaryBackups::folderFor(m_path) +
                        QStringLiteral("/diary-damaged-20260316-090507.sqlite"));
    QFile copy(kept);
    ASSERT_TRUE(copy.open(QIODevice::ReadOnly));
    EXPECT_EQ(copy.readAll(), damagedBytes);
    EXPECT_EQ(copy.permissions() & 0x0077, 0);
    QFile keptLog(kept + QStringLiteral("-wal"));
    ASSERT_TRUE(keptLog.open(QIODevice::ReadOnly));
    EXPECT_EQ(keptLog.readAll(), QByteArray("the newest pages"));
    // The kept copy is not a backup: it is not offered for restoring and never rotated away.
    ASSERT_EQ(DiaryBackups::listFor(m_path).size(), 1);
    EXPECT_THROW(DiaryBackups::keepDamagedCopy(m_path, now), StorageError);

    DiaryBackups::restoreFile(backup, m_path);
    auto restored = openDiary();
    EXPECT_EQ(CheckInRepository(*restored).count(), 1);
    EXPECT_TRUE(QFile::exists(kept));
}

// A PainPace killed while it made a backup left an empty file that counted as that day's backup,
// so no real one was made. Such a file is no backup, and a copy still being made carries a name
// no list shows until it is whole; what a killed copy left is tidied away by the next backup.
TEST_F(DiaryBackupsTest, ABackupKilledHalfWayNeverCountsAsThatDaysBackup) {
    auto db = openDiary();
    CheckIn entry = minimalCheckIn(5);
    CheckInRepository(*db).save(entry);
    DiaryBackups backups(*db);
    const QDateTime morning(QDate(2026, 11, 30), QTime(8, 0));
    privatefiles::ensureFolder(backups.folder());
    const QString base = backups.folder() + QLatin1Char('/') +
                         QFileInfo(m_path).completeBaseName() + QLatin1Char('-');
    privatefiles::createEmptyFile(base + QStringLiteral("20261130-070000.sqlite")); // an older kill
    privatefiles::createEmptyFile(base + QStringLiteral("20261130-075900.sqlite.unfinished"));
    privatefiles::createEmptyFile(base +
                                  QStringLiteral("20261130-075900.sqlite.unfinished-journal"));
    EXPECT_TRUE(backups.list().isEmpty());

    const auto made = backups.backUpIfDue(morning);
    ASSERT_TRUE(made);
    EXPECT_EQ(DiaryBackups::entryCount(*made), 1);
    ASSERT_EQ(backups.list().size(), 1);
    EXPECT_EQ(backups.list().first().path, *made);
    const QStringList left = QDir(backups.folder()).entryList(QDir::Files);
    EXPECT_FALSE(left.join(QLatin1Char(' ')).contains(QStringLiteral("unfinished")))
        << left.join(QLatin1Char(' ')).toStdString();
}
