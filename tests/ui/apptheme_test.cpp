// The theme (docs/design.md, "Theme" and "Contrast"): both designed palettes meet WCAG AA for
// text and for marks, every chart colour is drawn at a shade that does too, and View ▸ Theme
// changes the whole window at once and is kept for the next start.
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QSettings>

#include <gtest/gtest.h>

#include "charts/chartmodel.h"
#include "charts/chartview.h"
#include "common/apptheme.h"
#include "common/colourcontrast.h"
#include "common/intensitycolors.h"
#include "mainwindow/mainwindow.h"
#include "support/screenshots.h"

using namespace painpace;
namespace contrast = painpace::colourcontrast;

namespace {

struct NamedPalette {
    const char* name;
    QPalette palette;
};

std::vector<NamedPalette> designedPalettes() {
    return {{"light", AppTheme::lightPalette()}, {"dark", AppTheme::darkPalette()}};
}

const std::vector<std::pair<const char*, QColor>>& chartColours() {
    using namespace chartcolours;
    static const std::vector<std::pair<const char*, QColor>> colours = {
        {"blue", kBlue},   {"orange", kOrange}, {"vermillion", kVermillion}, {"sky", kSky},
        {"green", kGreen}, {"purple", kPurple}, {"yellow", kYellow},         {"grey", kGrey}};
    return colours;
}

} // namespace

TEST(ColourContrast, FollowsTheWcagFormula) {
    EXPECT_DOUBLE_EQ(contrast::ratio(Qt::black, Qt::white), 21.0);
    EXPECT_DOUBLE_EQ(contrast::ratio(Qt::white, Qt::black), 21.0);
    EXPECT_DOUBLE_EQ(contrast::ratio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
    // #777 on white is the well-known borderline grey: 4.48, just under AA for text.
    EXPECT_NEAR(contrast::ratio(QColor(0x77, 0x77, 0x77), Qt::white), 4.48, 0.005);
    EXPECT_NEAR(contrast::luminance(QColor(0x77, 0x77, 0x77)), 0.1845, 0.0005);
}

TEST(ColourContrast, ReachingKeepsTheHueAndMeetsTheMinimum) {
    const QColor sky = chartcolours::kSky;
    const QColor onWhite = contrast::reaching(sky, Qt::white, contrast::kMarks);
    EXPECT_GE(contrast::ratio(onWhite, Qt::white), contrast::kMarks);
    EXPECT_LT(contrast::luminance(onWhite), contrast::luminance(sky)); // darker on light
    EXPECT_NEAR(onWhite.toHsl().hslHueF(), sky.toHsl().hslHueF(), 0.01);
    // Already enough: unchanged.
    EXPECT_EQ(contrast::reaching(sky, Qt::black, contrast::kMarks), sky);
    const QColor greyOnBlack =
        contrast::reaching(QColor(0x30, 0x30, 0x30), Qt::black, contrast::kText);
    EXPECT_GE(contrast::ratio(greyOnBlack, Qt::black), contrast::kText);
    EXPECT_EQ(greyOnBlack.red(), greyOnBlack.blue()); // a grey stays a grey
}

TEST(AppTheme, EveryTextRoleMeetsAaInBothPalettes) {
    const std::pair<QPalette::ColorRole, QPalette::ColorRole> textOnGround[] = {
        {QPalette::WindowText, QPalette::Window},
        {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase},
        {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight},
        {QPalette::ToolTipText, QPalette::ToolTipBase},
        {QPalette::PlaceholderText, QPalette::Base},
        {QPalette::Link, QPalette::Base},
        {QPalette::LinkVisited, QPalette::Base},
        {QPalette::Text, QPalette::Window}}; // labels painted straight on the window
    for (const auto& [name, palette] : designedPalettes()) {
        for (const auto group : {QPalette::Active, QPalette::Inactive}) {
            for (const auto& [text, ground] : textOnGround) {
                const double ratio =
                    contrast::ratio(palette.color(group, text), palette.color(group, ground));
                EXPECT_GE(ratio, contrast::kText)
                    << name << " palette, role " << text << " on " << ground << ": " << ratio;
            }
        }
    }
}

TEST(AppTheme, SelectionAndFocusMarksMeetAaForMarks) {
    for (const auto& [name, palette] : designedPalettes()) {
        for (const auto ground : {QPalette::Base, QPalette::Window, QPalette::Button}) {
            EXPECT_GE(contrast::ratio(palette.color(QPalette::Highlight), palette.color(ground)),
                      contrast::kMarks)
                << name << " highlight on " << ground;
        }
    }
}

TEST(AppTheme, EveryChartColourIsDrawnWithEnoughContrast) {
    for (const auto& [name, palette] : designedPalettes()) {
        const QColor ground = palette.color(QPalette::Base);
        for (const auto& [colourName, colour] : chartColours()) {
            const QColor drawn = contrast::reaching(colour, ground, contrast::kMarks);
            EXPECT_GE(contrast::ratio(drawn, ground), contrast::kMarks)
                << colourName << " on the " << name << " chart ground";
        }
    }
}

TEST(AppTheme, NumbersOnThePainScaleAreReadableAtEveryLevel) {
    for (int tenth = 0; tenth <= 100; ++tenth) {
        const QColor tint = intensityColor(tenth / 10.0);
        EXPECT_GE(contrast::ratio(readableTextOn(tint), tint), contrast::kText)
            << "pain " << tenth / 10.0;
    }
}

// A 3 and a 6 must not look alike (they did on the five-stop scale): their lightness differs by at
// least 2:1, and each whole level is darker than the one before.
TEST(AppTheme, PainLevelsDifferClearlyOnTheScale) {
    EXPECT_GE(contrast::ratio(intensityColor(3.0), intensityColor(6.0)), 2.0);
    for (int level = 1; level <= 10; ++level) {
        EXPECT_LT(contrast::luminance(intensityColor(level)),
                  contrast::luminance(intensityColor(level - 1)))
            << "level " << level;
    }
}

TEST(AppTheme, ChartLinesChangeShadeWithThePalette) {
    painpace::testing::ScopedAppPalette light(AppTheme::lightPalette());
    ChartView view;
    ChartModel model;
    model.title = QStringLiteral("Pain");
    model.dateRange = std::pair{0.0, 4.0 * 86'400'000.0};
    ChartLine line;
    line.name = QStringLiteral("Daily mean");
    line.points = {{0.0, 3.0}, {86'400'000.0, 4.0}, {2 * 86'400'000.0, 5.0}};
    line.colour = chartcolours::kSky;
    model.lines = {line};
    ChartLine dots = line;
    dots.name = QStringLiteral("Check-ins");
    dots.style = ChartLine::Style::Markers;
    model.lines.append(dots);
    view.setModel(model);
    view.resize(600, 400);
    view.show();
    QCoreApplication::processEvents();

    auto drawnColours = [&view] {
        return view.drawnColours();
    };
    const QColor lightGround = AppTheme::lightPalette().color(QPalette::Base);
    const auto onLight = drawnColours();
    ASSERT_EQ(onLight.size(), 2);
    for (const QColor& colour : onLight)
        EXPECT_GE(contrast::ratio(colour, lightGround), contrast::kMarks);

    painpace::testing::ScopedAppPalette dark(AppTheme::darkPalette());
    QCoreApplication::processEvents();
    const QColor darkGround = AppTheme::darkPalette().color(QPalette::Base);
    const auto onDark = drawnColours();
    ASSERT_EQ(onDark.size(), 2);
    for (const QColor& colour : onDark) {
        EXPECT_GE(contrast::ratio(colour, darkGround), contrast::kMarks);
        EXPECT_NE(colour, onLight.front()); // the light shade would not be the right one here
    }
}

TEST(AppTheme, ViewMenuAppliesTheChoiceAtOnceAndKeepsIt) {
    const QPalette before = QApplication::palette();
    MainWindow window;
    QActionGroup* themes = window.themeActions();
    ASSERT_NE(themes, nullptr);
    ASSERT_EQ(themes->actions().size(), 3);
    QAction* dark = nullptr;
    QAction* light = nullptr;
    for (QAction* action : themes->actions()) {
        if (action->data().toInt() == static_cast<int>(AppTheme::Choice::Dark))
            dark = action;
        if (action->data().toInt() == static_cast<int>(AppTheme::Choice::Light))
            light = action;
    }
    ASSERT_NE(dark, nullptr);
    ASSERT_NE(light, nullptr);

    dark->trigger();
    QCoreApplication::sendPostedEvents(); // what the event loop does next
    EXPECT_TRUE(dark->isChecked());
    EXPECT_EQ(QApplication::palette().color(QPalette::Window),
              AppTheme::darkPalette().color(QPalette::Window));
    EXPECT_EQ(window.palette().color(QPalette::Base),
              AppTheme::darkPalette().color(QPalette::Base));
    EXPECT_EQ(AppTheme::saved(), AppTheme::Choice::Dark);
    EXPECT_EQ(QSettings().value(QStringLiteral("view/theme")).toString(), QStringLiteral("dark"));

    light->trigger();
    EXPECT_FALSE(dark->isChecked());
    EXPECT_EQ(QApplication::palette().color(QPalette::Window),
              AppTheme::lightPalette().color(QPalette::Window));
    EXPECT_EQ(AppTheme::saved(), AppTheme::Choice::Light);

    // A new window (the next start) shows the kept choice as checked.
    MainWindow next;
    QAction* checked = next.themeActions()->checkedAction();
    ASSERT_NE(checked, nullptr);
    EXPECT_EQ(checked->data().toInt(), static_cast<int>(AppTheme::Choice::Light));
    QSettings().remove(QStringLiteral("view/theme"));
    QApplication::setPalette(before);
}

// System after Dark is the desktop's kind again (here light, as the offscreen desktop is): it
// read PainPace's own dark palette as the desktop's and stayed dark.
TEST(AppTheme, SystemAfterDarkFollowsTheDesktopAgain) {
    const QPalette before = QApplication::palette();
    AppTheme::apply(AppTheme::Choice::Dark);
    EXPECT_EQ(QApplication::palette().color(QPalette::Window),
              AppTheme::darkPalette().color(QPalette::Window));
    AppTheme::apply(AppTheme::Choice::System);
    EXPECT_FALSE(AppTheme::isDark(AppTheme::Choice::System));
    EXPECT_EQ(QApplication::palette().color(QPalette::Window),
              AppTheme::lightPalette().color(QPalette::Window));
    QApplication::setPalette(before);
}
