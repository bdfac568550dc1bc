#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace painpace::testing {

struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real painpace binary as a person would from a terminal without a display, or, with
// `platform` (such as "offscreen"), as a window on that Qt platform.
inline ProcessResult runPainPace(const QStringList& arguments, const QString& platform = {},
                                 int timeoutMs = 120000) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    if (!platform.isEmpty())
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PAINPACE_EXECUTABLE), arguments);
    if (!process.waitForFinished(timeoutMs))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace painpace::testing
