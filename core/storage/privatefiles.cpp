#include "privatefiles.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diskspace.h"
#include "storageerror.h"

namespace painpace::privatefiles {

namespace {
QString systemError() {
    return QString::fromLocal8Bit(std::strerror(errno));
}

// What a file system needs besides a file's bytes (its blocks, the folder's entry).
constexpr qint64 kSlack = 64 * 1024;

// Writes all of `bytes`, or returns false with errno set; a short write is never taken for a
// whole one.
bool writeAll(int fd, const QByteArray& bytes) {
    const char* data = bytes.constData();
    qint64 left = bytes.size();
    while (left > 0) {
        const ssize_t written =
            ::write(fd, data, static_cast<size_t>(std::min<qint64>(left, 1 << 20)));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            if (written == 0)
                errno = EIO;
            return false;
        }
        data += written;
        left -= written;
    }
    return true;
}

// A full disk is the usual reason, so it is named with the figures.
QString cannotWrite(const QString& path, qint64 size, int error) {
    const qint64 free = diskspace::freeBytes(path);
    const bool noRoom =
        error == ENOSPC || error == EDQUOT || error == EFBIG || (free >= 0 && free < size + kSlack);
    const QString reason =
        noRoom && free >= 0
            ? QStringLiteral("there is not enough room on the disk (%1 free; the file needs %2)")
                  .arg(diskspace::sizeText(free), diskspace::sizeText(size))
            : QString::fromLocal8Bit(std::strerror(error));
    return QStringLiteral("Could not write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

// Makes a rename in the folder last through a power cut; a folder that cannot be synced (some
// network file systems) still has the file.
void syncFolderOf(const QString& path) {
    const int folder = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(),
                              O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
}
} // namespace

void ensureFolder(const QString& folder) {
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    if (QFileInfo(absolute).isDir())
        return;
    ensureFolder(QFileInfo(absolute).path());
    if (::mkdir(QFile::encodeName(absolute).constData(), 0700) != 0 && errno != EEXIST)
        throw OpenError(OpenError::Reason::CannotCreate,
                        QStringLiteral("Could not create the folder %1: %2")
                            .arg(QDir::toNativeSeparators(absolute), systemError()));
}

void createEmptyFile(const QString& path) {
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        throw OpenError(OpenError::Reason::CannotCreate,
                        QStringLiteral("Could not create %1: %2")
                            .arg(QDir::toNativeSeparators(path), systemError()));
    // The umask can only remove bits; set the mode explicitly all the same.
    ::fchmod(fd, 0600);
    ::close(fd);
}

void restrictToOwner(const QString& path) {
    struct stat info {};
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &info) != 0)
        return;
    if ((info.st_mode & 077) != 0 && ::chmod(native.constData(), info.st_mode & 0700) != 0)
        throw StorageError(QStringLiteral("Could not make %1 private: %2")
                               .arg(QDir::toNativeSeparators(path), systemError()));
}

void writeFileAtomically(const QString& path, const QByteArray& bytes) {
    // Written with the system's own calls, every result checked: QSaveFile took a write cut short
    // by a full disk for a whole one when the file was small, and renamed the cut file into
    // place as if all was well; and it lost the system's reason ("Unknown error").
    QByteArray temporary = QFile::encodeName(path + QStringLiteral(".unfinished-XXXXXX"));
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC); // 0600, and new
    if (fd < 0)
        throw StorageError(cannotWrite(path, bytes.size(), errno));
    ::fchmod(fd, 0600);
    bool written = writeAll(fd, bytes) && ::fsync(fd) == 0;
    int error = errno;
    if (::close(fd) != 0 && written) {
        written = false;
        error = errno;
    }
    if (written && ::rename(temporary.constData(), QFile::encodeName(path).constData()) != 0) {
        written = false;
        error = errno;
    }
    if (!written) {
        ::unlink(temporary.constData());
        throw StorageError(cannotWrite(path, bytes.size(), error));
    }
    syncFolderOf(path);
}

void writeFilesTogether(const QString& folder, const QMap<QString, QByteArray>& files) {
    // Every file is written whole under a temporary name first; only when all of them are on the
    // disk are they renamed into place, each rename replacing the old file at once.
    QStringList written;
    const auto partial = [&](const QString& name) {
        return QDir(folder).filePath(name + QStringLiteral(".partial"));
    };
    try {
        for (auto it = files.begin(); it != files.end(); ++it) {
            QFile::remove(partial(it.key())); // left by an export that was killed
            writeFileAtomically(partial(it.key()), it.value());
            written << it.key();
        }
    } catch (const StorageError&) {
        for (const QString& name : std::as_const(written))
            QFile::remove(partial(name));
        throw;
    }
    for (const QString& name : std::as_const(written)) {
        const QByteArray from = QFile::encodeName(partial(name));
        const QByteArray to = QFile::encodeName(QDir(folder).filePath(name));
        if (::rename(from.constData(), to.constData()) != 0)
            throw StorageError(
                QStringLiteral("Could not write %1: %2")
                    .arg(QDir::toNativeSeparators(QDir(folder).filePath(name)), systemError()));
    }
}

void copyPrivately(const QString& source, const QString& target) {
    createEmptyFile(target);
    QFile from(source);
    QFile to(target);
    bool copied = from.open(QIODevice::ReadOnly) && to.open(QIODevice::WriteOnly);
    while (copied && !from.atEnd()) {
        const QByteArray chunk = from.read(1 << 20);
        copied = !chunk.isEmpty() && to.write(chunk) == chunk.size();
    }
    copied = copied && to.flush() && ::fsync(to.handle()) == 0;
    const QString reason = from.error() != QFile::NoError ? from.errorString() : to.errorString();
    to.close();
    if (!copied) {
        QFile::remove(target);
        throw StorageError(
            QStringLiteral("Could not copy %1: %2").arg(QDir::toNativeSeparators(source), reason));
    }
}

} // namespace painpace::privatefiles
