#include <QApplication>
#include <QLocale>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include "common/apptheme.h"
#include "common/translations.h"
#include "support/testsettings.h"

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
    // The look the app starts in (app/main.cpp): screenshots and colour checks see what people do.
    painpace::AppTheme::apply(painpace::AppTheme::Choice::Light);
    QCoreApplication::setOrganizationName(QStringLiteral("PainPaceTests"));
    QCoreApplication::setApplicationName(QStringLiteral("PainPaceTests"));
    painpace::testing::ProcessSettings settings;
    return RUN_ALL_TESTS();
}
