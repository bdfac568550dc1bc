#include <QCoreApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include "support/testsettings.h"

// One QCoreApplication for the whole process; test mode keeps QStandardPaths away from the real
// user's data folder.
int main(int argc, char* argv[]) {
    testing::InitGoogleTest(&argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PainPaceTests"));
    QCoreApplication::setApplicationName(QStringLiteral("PainPaceTests"));
    painpace::testing::ProcessSettings settings;
    return RUN_ALL_TESTS();
}
