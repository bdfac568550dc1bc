#include <gtest/gtest.h>
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

// One QCoreApplication for the whole process; test mode keeps QStandardPaths away from the real
// user's data folder.
int main(int argc, char* argv[]) {
    testing::InitGoogleTest(&argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PainPaceTests"));
    QCoreApplication::setApplicationName(QStringLiteral("PainPaceTests"));
    // Settings of this process only: test executables run in parallel and must not see each
    // other's remembered values (or the real user's).
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    return RUN_ALL_TESTS();
}
