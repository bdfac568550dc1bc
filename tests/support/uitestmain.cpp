#include "common/translations.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

// One QApplication for the whole process. Without a platform set, use offscreen so the suite
// also runs (and gtest discovery works) on a machine without a display.
int main(int argc, char* argv[]) {
    testing::InitGoogleTest(&argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    painpace::installTranslations(app);
    QCoreApplication::setOrganizationName(QStringLiteral("PainPaceTests"));
    QCoreApplication::setApplicationName(QStringLiteral("PainPaceTests"));
    // Settings of this process only: test executables run in parallel and must not see each
    // other's remembered values (or the real user's).
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    return RUN_ALL_TESTS();
}
