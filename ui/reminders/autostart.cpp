#include "autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace painpace::autostart {

QString entryPath() {
    return QStandardPaths::writableLocation(QStandardPaths::ConfigLocation) +
           QStringLiteral("/autostart/painpace.desktop");
}

bool isEnabled() {
    return QFileInfo::exists(entryPath());
}

QString setEnabled(bool enabled, const QString& executable) {
    const QString path = entryPath();
    if (!enabled) {
        if (QFileInfo::exists(path) && !QFile::remove(path))
            return QObject::tr("Could not remove %1.").arg(QDir::toNativeSeparators(path));
        return {};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return QObject::tr("Could not create %1.").arg(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    // Quoted so a path with spaces still runs (desktop entry rules).
    const QString exec = QStringLiteral("\"%1\"").arg(
        QString(executable).replace(QLatin1Char('"'), QStringLiteral("\\\"")));
    file.write(QStringLiteral("[Desktop Entry]\nType=Application\nName=PainPace\n"
                              "Comment=Daily check-in reminder\nExec=%1\nIcon=painpace\n"
                              "X-GNOME-Autostart-enabled=true\n")
                   .arg(exec)
                   .toUtf8());
    return file.commit() ? QString() : file.errorString();
}

} // namespace painpace::autostart
