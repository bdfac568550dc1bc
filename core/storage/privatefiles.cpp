#include "privatefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "storageerror.h"

namespace painpace::privatefiles {

namespace {
QString systemError() {
    return QString::fromLocal8Bit(std::strerror(errno));
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
    // QSaveFile gives its temporary file the permissions of an existing target, and 0600 until
    // then: so make sure a private target exists first. A write that fails takes that empty
    // target away again, so a full disk leaves no 0-byte file where the person expects one.
    const bool existed = QFileInfo::exists(path);
    if (!existed)
        createEmptyFile(path);
    QSaveFile file(path);
    const auto failed = [&] {
        const QString reason = file.errorString();
        file.cancelWriting();
        if (!existed)
            QFile::remove(path);
        return StorageError(
            QStringLiteral("Could not write %1: %2").arg(QDir::toNativeSeparators(path), reason));
    };
    try {
        restrictToOwner(path);
    } catch (const StorageError&) {
        throw failed();
    }
    if (!file.open(QIODevice::WriteOnly))
        throw failed();
    if (file.write(bytes) != bytes.size())
        throw failed();
    if (!file.commit())
        throw failed();
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
