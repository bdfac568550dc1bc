// Files PainPace writes are whole or absent: a write that fails (a full disk) leaves no 0-byte
// file and no half of a folder (core/storage/privatefiles.h).
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <csignal>
#include <gtest/gtest.h>
#include <sys/resource.h>

#include "storage/privatefiles.h"
#include "storage/storageerror.h"

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
