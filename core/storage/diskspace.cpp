#include "diskspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStorageInfo>

#include <atomic>

namespace painpace::diskspace {

namespace {

// The file if it exists, otherwise the nearest folder above it that does.
QString existingPlace(const QString& path) {
    QFileInfo info(path);
    while (!info.exists() && !info.isRoot() && info.absolutePath() != info.absoluteFilePath())
        info = QFileInfo(info.absolutePath());
    return info.absoluteFilePath();
}

std::atomic<FreeSpaceProbe> g_probe{nullptr};

} // namespace

void setProbeForTests(FreeSpaceProbe probe) {
    g_probe = probe;
}

QString sizeText(qint64 bytes) {
    constexpr qint64 kKilo = 1024;
    constexpr double kMega = 1024.0 * 1024.0;
    if (bytes < kKilo * kKilo)
        return QCoreApplication::translate("DiskSpace", "%1 KB").arg((bytes + kKilo / 2) / kKilo);
    QString megabytes = QString::number(bytes / kMega, 'f', 1);
    if (megabytes.endsWith(QLatin1String(".0")))
        megabytes.chop(2);
    return QCoreApplication::translate("DiskSpace", "%1 MB").arg(megabytes);
}

qint64 freeBytes(const QString& path) {
    if (const FreeSpaceProbe probe = g_probe)
        return probe(path);
    const QStorageInfo storage(existingPlace(path));
    if (!storage.isValid() || !storage.isReady())
        return -1;
    return storage.bytesAvailable();
}

QString shortage(const QString& path, qint64 needed) {
    const QStorageInfo storage(existingPlace(path));
    // A read-only disk has no room by nature; that is refused for what it is, elsewhere.
    if (storage.isValid() && storage.isReadOnly())
        return {};
    const qint64 free = freeBytes(path);
    if (free < 0 || free >= needed)
        return {};
    return QCoreApplication::translate("DiskSpace", "the disk is full (%1 free)")
        .arg(sizeText(free));
}

} // namespace painpace::diskspace
