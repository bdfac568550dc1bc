// The demo diary is never taken for the person's own (docs/design.md, "The demo diary"): while it
// is open a banner says so, and its button goes back to the diary that was open before.
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include "common/colourcontrast.h"
#include "demo/demopacing.h"
#include "mainwindow/demobanner.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/viewframe.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/diarysettings.h"
#include "support/sampleentries.h"
#include "support/screenshots.h"

using namespace painpace;

namespace {

class DemoBannerTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        ownPath = dir.filePath(QStringLiteral("mine.sqlite"));
        demoPath = dir.filePath(QStringLiteral("demo.sqlite"));
        {
            auto own = Database::openFile(ownPath);
            CheckIn entry = painpace::testing::minimalCheckIn(4);
            CheckInRepository(*own).save(entry);
        }
        auto demo = Database::openFile(demoPath);
        demoCheckIns = writeDemoDiary(*demo, {.years = 1, .lastDay = QDate(2026, 11, 30)});
        window.setErrorReporter([this](const QString& message) { errors << message; });
        window.resize(1000, 720);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    }

    QTemporaryDir dir;
    QString ownPath;
    QString demoPath;
    int demoCheckIns = 0;
    QStringList errors;
    MainWindow window;
};

} // namespace

TEST_F(DemoBannerTest, TheDemoGeneratorMarksItsDiary) {
    auto demo = Database::openFile(dir.filePath(QStringLiteral("other-demo.sqlite")));
    EXPECT_FALSE(DiarySettings(*demo).isDemo());
    writeDemoDiary(*demo, {.years = 1, .lastDay = QDate(2026, 11, 30)});
    EXPECT_TRUE(DiarySettings(*demo).isDemo());
    auto own = Database::openFile(dir.filePath(QStringLiteral("plain.sqlite")));
    EXPECT_FALSE(DiarySettings(*own).isDemo());
}

TEST_F(DemoBannerTest, ABannerShowsOnlyOnTheDemoAndLeadsBackToYourDiary) {
    ASSERT_TRUE(window.openDiary(ownPath));
    EXPECT_EQ(window.demoBanner(), nullptr);

    ASSERT_TRUE(window.openDiary(demoPath));
    DemoBanner* banner = window.demoBanner();
    ASSERT_NE(banner, nullptr);
    QApplication::processEvents();
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->message()->text().contains(QStringLiteral("This is the demo diary")));
    EXPECT_EQ(window.database()->path(), demoPath);
    // Above the views, across the window.
    EXPECT_LT(banner->mapTo(&window, QPoint(0, 0)).y(),
              window.pages()->mapTo(&window, QPoint(0, 0)).y());
    EXPECT_EQ(banner->width(), window.viewFrame()->width());
    EXPECT_TRUE(painpace::testing::saveLightAndDark(window, QStringLiteral("demo-banner")));

    QTest::mouseClick(banner->backButton(), Qt::LeftButton);
    QApplication::processEvents();
    ASSERT_NE(window.database(), nullptr);
    EXPECT_EQ(window.database()->path(), ownPath);
    EXPECT_EQ(window.demoBanner(), nullptr);
    EXPECT_EQ(CheckInRepository(*window.database()).count(), 1);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(QLatin1Char('\n')).toStdString();
}

TEST_F(DemoBannerTest, TheBannerTextKeepsAaContrastInBothThemes) {
    ASSERT_TRUE(window.openDiary(demoPath));
    for (const QPalette& palette :
         {painpace::testing::lightPalette(), painpace::testing::darkPalette()}) {
        painpace::testing::ScopedAppPalette scoped(palette);
        const QPalette shown = window.demoBanner()->palette();
        EXPECT_NE(shown.color(QPalette::Window), palette.color(QPalette::Window)); // it stands out
        // The tint of this theme, not of the one before (it stayed light in the dark theme).
        EXPECT_EQ(shown.color(QPalette::Window),
                  painpace::colourcontrast::blended(palette.color(QPalette::Window),
                                                    palette.color(QPalette::Highlight), 0.2));
        const QColor text = shown.color(QPalette::WindowText);
        const QColor ground = shown.color(QPalette::Window);
        EXPECT_GE(painpace::colourcontrast::ratio(text, ground), 4.5);
    }
}
