#include "privatefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
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
    // then: so make sure a private target exists first.
    if (!QFileInfo::exists(path))
        createEmptyFile(path);
    restrictToOwner(path);
    QSaveFile file(path);
    const auto failed = [&] {
        return StorageError(QStringLiteral("Could not write %1: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        throw failed();
    if (file.write(bytes) != bytes.size())
        throw failed();
    if (!file.commit())
        throw failed();
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
