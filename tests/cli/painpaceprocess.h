#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <utility>

namespace painpace::testing {

struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real painpace binary as a person would from a terminal without a display, or, with
// `platform` (such as "offscreen"), as a window on that Qt platform.
// What a script may add: variables (name, value) and what it pipes into standard input, which
// is then not a terminal. Standard input is always closed, so nothing waits for a keyboard.
struct ProcessInput {
    QList<std::pair<QString, QString>> variables;
    QByteArray standardInput;
};

inline ProcessResult runPainPace(const QStringList& arguments, const QString& platform = {},
                                 int timeoutMs = 120000, const ProcessInput& input = {}) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("PAINPACE_PASSPHRASE"));
    if (!platform.isEmpty())
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    for (const auto& [name, value] : input.variables)
        environment.insert(name, value);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PAINPACE_EXECUTABLE), arguments);
    process.write(input.standardInput);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace painpace::testing
