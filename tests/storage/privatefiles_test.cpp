// Files PainPace writes are whole or absent: a write that fails (a full disk) leaves no 0-byte
// file and no half of a folder (core/storage/privatefiles.h).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <csignal>
#include <gtest/gtest.h>
#include <sys/resource.h>

#include "exchange/exchangefiles.h"
#include "storage/diskspace.h"
#include "storage/privatefiles.h"
#include "storage/storageerror.h"
#include "support/qtprinters.h"
#include "support/sampleentries.h"

using namespace painpace;

namespace {

// While it lives, files this process writes cannot grow beyond `bytes`, as on a disk that is full
// after that much: writes past it fail (EFBIG) instead of raising SIGXFSZ.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        ::getrlimit(RLIMIT_FSIZE, &m_previous);
        rlimit limited = m_previous;
        limited.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FileSizeLimit() {
        ::setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_previous{};
    void (*m_previousHandler)(int) = nullptr;
};

QByteArray contentsOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

} // namespace

TEST(PrivateFilesTest, AWriteThatFailsLeavesNoEmptyFileBehind) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.json"));
    {
        FileSizeLimit full(4096);
        EXPECT_THROW(privatefiles::writeFileAtomically(path, QByteArray(100000, 'x')),
                     StorageError);
    }
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList());
}

TEST(PrivateFilesTest, AWriteThatFailsKeepsTheOldFile) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.json"));
    privatefiles::writeFileAtomically(path, QByteArrayLiteral("old"));
    {
        FileSizeLimit full(4096);
        EXPECT_THROW(privatefiles::writeFileAtomically(path, QByteArray(100000, 'x')),
                     StorageError);
    }
    EXPECT_EQ(contentsOf(path), QByteArrayLiteral("old"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("export.json")});
}

// A folder export that fails part of the way changes none of the files: importing a folder that
// mixed new files with old ones added check-ins without their marks.
TEST(PrivateFilesTest, FilesWrittenTogetherAreAllNewOrAllOld) {
    QTemporaryDir dir;
    const QMap<QString, QByteArray> old{{QStringLiteral("check_ins.csv"), "old entries"},
                                        {QStringLiteral("marks.csv"), "old marks"}};
    privatefiles::writeFilesTogether(dir.path(), old);
    const QMap<QString, QByteArray> fresh{{QStringLiteral("check_ins.csv"), "new entries"},
                                          {QStringLiteral("marks.csv"), QByteArray(100000, 'm')}};
    {
        FileSizeLimit full(4096); // the entries fit, the marks do not
        EXPECT_THROW(privatefiles::writeFilesTogether(dir.path(), fresh), StorageError);
    }
    EXPECT_EQ(contentsOf(dir.filePath(QStringLiteral("check_ins.csv"))), "old entries");
    EXPECT_EQ(contentsOf(dir.filePath(QStringLiteral("marks.csv"))), "old marks");
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files),
              (QStringList{QStringLiteral("check_ins.csv"), QStringLiteral("marks.csv")}));

    privatefiles::writeFilesTogether(dir.path(), fresh);
    EXPECT_EQ(contentsOf(dir.filePath(QStringLiteral("check_ins.csv"))), "new entries");
    EXPECT_EQ(contentsOf(dir.filePath(QStringLiteral("marks.csv"))).size(), 100000);
}

// A small file cut short by a full disk was renamed into place as if whole (3,585 bytes of
// check-ins exported as 512, and reported as exported).
TEST(PrivateFilesTest, AWriteCutShortIsNeverTakenForAWholeOne) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("checkins.csv"));
    privatefiles::writeFileAtomically(path, "old");
    {
        FileSizeLimit full(512);
        EXPECT_THROW(privatefiles::writeFileAtomically(path, QByteArray(3585, 'x')), StorageError);
    }
    EXPECT_EQ(contentsOf(path), QByteArrayLiteral("old"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("checkins.csv")});
}

namespace {
qint64 hundredKilobytesFree(const QString&) {
    return 100 * 1024;
}
} // namespace

// On tmpfs the system's reason was lost ("Unknown error"); a full disk is named with the figures.
TEST(PrivateFilesTest, AWriteOnAFullDiskSaysSoWithTheFigures) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.json"));
    diskspace::setProbeForTests(hundredKilobytesFree);
    try {
        FileSizeLimit full(4096);
        privatefiles::writeFileAtomically(path, QByteArray(2 * 1024 * 1024, 'x'));
        ADD_FAILURE() << "written";
    } catch (const StorageError& error) {
        EXPECT_EQ(error.message(), QStringLiteral("Could not write %1: there is not enough room on "
                                                  "the disk (100 KB free; the file needs 2 MB)")
                                       .arg(path));
    }
    diskspace::setProbeForTests(nullptr);
    EXPECT_FALSE(QFile::exists(path));
}

TEST(PrivateFilesTest, AFailedCsvExportLeavesNoFolderOfItsOwn) {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("csv"));
    DiaryDocument document;
    for (int day = 1; day <= 28; ++day)
        document.checkIns.append(painpace::testing::completeCheckIn(QDate(2026, 2, day)));
    {
        FileSizeLimit full(512);
        EXPECT_THROW(writeExport(document, ExchangeFormat::Csv, folder), StorageError);
    }
    EXPECT_FALSE(QFileInfo::exists(folder));
    writeExport(document, ExchangeFormat::Csv, folder); // and with room, it is written
    EXPECT_TRUE(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("checkins.csv"))));
}

TEST(DiskSpace, SizesReadAsAPersonReadsThem) {
    EXPECT_EQ(diskspace::sizeText(0), QStringLiteral("0 KB"));
    EXPECT_EQ(diskspace::sizeText(9420), QStringLiteral("9 KB"));
    EXPECT_EQ(diskspace::sizeText(256 * 1024), QStringLiteral("256 KB"));
    EXPECT_EQ(diskspace::sizeText(1024 * 1024), QStringLiteral("1 MB"));
    EXPECT_EQ(diskspace::sizeText(1992294), QStringLiteral("1.9 MB"));
}
