// The sidebar is the way to every view (docs/design.md, "Navigation"): a click, the Alt letter or
// the arrow keys choose a view; the view's title and "?" follow; narrow windows show icons only.
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include "calendar/calendarview.h"
#include "common/lineicon.h"
#include "help/guidedialog.h"
#include "help/guidetopics.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/navigationbutton.h"
#include "mainwindow/navigationsidebar.h"
#include "mainwindow/pageheader.h"
#include "mainwindow/viewframe.h"
#include "support/screenshots.h"
#include "today/todayview.h"

using namespace painpace;

namespace {

QString plainName(const QTabWidget& pages, int index) {
    return pages.tabText(index).remove(QLatin1Char('&'));
}

class NavigationTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        window.resize(1000, 720);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
        ASSERT_TRUE(window.openDiary(dir.filePath(QStringLiteral("diary.sqlite"))));
        QApplication::processEvents();
        frame = window.viewFrame();
        ASSERT_NE(frame, nullptr);
        sidebar = frame->sidebar();
        pages = window.pages();
    }

    QTemporaryDir dir;
    MainWindow window;
    ViewFrame* frame = nullptr;
    NavigationSidebar* sidebar = nullptr;
    QTabWidget* pages = nullptr;
};

} // namespace

TEST_F(NavigationTest, EveryViewHasItsPlaceAndAClickShowsItUnderItsTitle) {
    ASSERT_EQ(sidebar->count(), pages->count());
    ASSERT_EQ(pages->count(), 8);
    EXPECT_TRUE(pages->tabBar()->isHidden()); // the sidebar replaces the tabs
    for (int index = pages->count() - 1; index >= 0; --index) {
        QTest::mouseClick(sidebar->button(index), Qt::LeftButton);
        QApplication::processEvents();
        EXPECT_EQ(pages->currentIndex(), index);
        EXPECT_EQ(sidebar->currentIndex(), index);
        EXPECT_EQ(frame->header()->title(), plainName(*pages, index));
        EXPECT_EQ(sidebar->button(index)->accessibleName(), plainName(*pages, index));
    }
    // A view chosen from elsewhere (Today's "Mark where it hurts") moves the sidebar too.
    window.showBodyMap();
    EXPECT_EQ(sidebar->currentIndex(), 1);
    EXPECT_EQ(frame->header()->title(), QStringLiteral("Body map"));
}

TEST_F(NavigationTest, AltLettersAndArrowKeysChooseViews) {
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_C, Qt::AltModifier); // as typed
    // A button's Alt letter clicks it the way a mouse does, pressed for a moment.
    EXPECT_TRUE(QTest::qWaitFor([this] { return pages->currentIndex() == 2; }));
    EXPECT_EQ(pages->currentWidget(), static_cast<QWidget*>(window.calendarView()));
    EXPECT_EQ(sidebar->currentIndex(), 2);
    // Only the chosen place is on the Tab path; the arrows go up and down from it.
    for (int index = 0; index < sidebar->count(); ++index)
        EXPECT_EQ((sidebar->button(index)->focusPolicy() & Qt::TabFocus) != 0, index == 2) << index;
    sidebar->button(2)->setFocus(Qt::TabFocusReason);
    QTest::keyClick(sidebar->button(2), Qt::Key_Down);
    EXPECT_EQ(pages->currentIndex(), 3);
    EXPECT_EQ(QApplication::focusWidget(), static_cast<QWidget*>(sidebar->button(3)));
    QTest::keyClick(sidebar->button(3), Qt::Key_Up);
    QTest::keyClick(sidebar->button(2), Qt::Key_Up);
    EXPECT_EQ(pages->currentIndex(), 1);
    QTest::keyClick(sidebar->button(1), Qt::Key_End);
    EXPECT_EQ(pages->currentIndex(), 7);
    QTest::keyClick(sidebar->button(7), Qt::Key_Down); // the last stays the last
    EXPECT_EQ(pages->currentIndex(), 7);
    QTest::keyClick(sidebar->button(7), Qt::Key_Home);
    EXPECT_EQ(pages->currentIndex(), 0);
}

TEST_F(NavigationTest, ANarrowWindowShowsIconsOnlyAndNamesThemInToolTips) {
    EXPECT_FALSE(sidebar->isCompact());
    const int fullWidth = sidebar->width();
    EXPECT_GT(fullWidth, 120);
    EXPECT_TRUE(sidebar->button(0)->toolTip().isEmpty());
    window.resize(window.minimumSize());
    QApplication::processEvents();
    EXPECT_TRUE(sidebar->isCompact());
    EXPECT_LT(sidebar->width(), 60);
    EXPECT_EQ(sidebar->button(2)->toolTip(), QStringLiteral("Calendar"));
    EXPECT_TRUE(painpace::testing::saveLightAndDark(window, QStringLiteral("sidebar-minimum")));
    window.resize(1000, 720);
    QApplication::processEvents();
    EXPECT_FALSE(sidebar->isCompact());
    EXPECT_EQ(sidebar->width(), fullWidth);
    EXPECT_TRUE(painpace::testing::saveLightAndDark(window, QStringLiteral("sidebar")));
}

TEST_F(NavigationTest, EachViewsQuestionMarkAndF1OpenItsPageOfTheGuide) {
    // F1 from wherever the focus is in the view.
    pages->setCurrentIndex(2);
    QApplication::processEvents();
    ASSERT_NE(QApplication::focusWidget(), nullptr);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
    ASSERT_NE(window.guide(), nullptr);
    EXPECT_TRUE(window.guide()->isVisible());
    EXPECT_EQ(window.guide()->currentTopic(), QStringLiteral("calendar"));

    QStringList topicIds;
    for (const GuideTopic& topic : guideTopics())
        topicIds << topic.id;
    QStringList opened;
    for (int index = 0; index < pages->count(); ++index) {
        window.guide()->hide();
        pages->setCurrentIndex(index);
        QTest::mouseClick(frame->header()->helpButton(), Qt::LeftButton);
        QApplication::processEvents();
        EXPECT_TRUE(window.guide()->isVisible());
        EXPECT_EQ(window.guide()->currentTopic(), frame->currentTopic());
        EXPECT_TRUE(topicIds.contains(window.guide()->currentTopic()));
        opened << window.guide()->currentTopic();
    }
    EXPECT_EQ(opened, (QStringList{QStringLiteral("today"), QStringLiteral("body-map"),
                                   QStringLiteral("calendar"), QStringLiteral("entries"),
                                   QStringLiteral("charts"), QStringLiteral("pacing"),
                                   QStringLiteral("trials"), QStringLiteral("questionnaires")}));
    EXPECT_EQ(window.findChildren<GuideDialog*>().size(), 1); // one guide window, reused
}

// With the sidebar beside them, every view still fits the smallest window: none asks for more
// width than it has, which would cut off its right side (the body map's panel did).
TEST_F(NavigationTest, AtTheSmallestSizeEveryViewFitsBesideTheSidebar) {
    window.resize(window.minimumSize());
    QApplication::processEvents();
    for (int index = 0; index < pages->count(); ++index) {
        pages->setCurrentIndex(index);
        QApplication::processEvents();
        QWidget* view = pages->currentWidget();
        EXPECT_LE(view->minimumSizeHint().width(), view->width())
            << plainName(*pages, index).toStdString();
    }
}

// Save check-in is the one thing to do next on Today: filled with the accent of the theme in
// use, and grey while it cannot be pressed.
TEST_F(NavigationTest, TheNextStepIsInTheAccentOfEachTheme) {
    QPushButton* save = window.todayView()->saveButton();
    for (const QPalette& theme :
         {painpace::testing::darkPalette(), painpace::testing::lightPalette()}) {
        painpace::testing::ScopedAppPalette scoped(theme);
        const QPalette shown = save->palette();
        EXPECT_EQ(shown.color(QPalette::Active, QPalette::Button),
                  theme.color(QPalette::Active, QPalette::Highlight));
        EXPECT_EQ(shown.color(QPalette::Active, QPalette::ButtonText),
                  theme.color(QPalette::Active, QPalette::HighlightedText));
        EXPECT_EQ(shown.color(QPalette::Disabled, QPalette::Button),
                  theme.color(QPalette::Disabled, QPalette::Button));
    }
}

TEST(LineIconTest, IsDrawnInTheColourAskedFor) {
    const LineIcon icon(QStringLiteral("calendar"));
    ASSERT_FALSE(icon.isNull());
    for (const QColor colour : {QColor(0x1D, 0x21, 0x25), QColor(0xE4, 0xE6, 0xE9)}) {
        const QImage drawn = icon.pixmap(44, colour, 1.0).toImage();
        ASSERT_EQ(drawn.size(), QSize(44, 44));
        int inked = 0;
        for (int y = 0; y < drawn.height(); ++y) {
            for (int x = 0; x < drawn.width(); ++x) {
                const QColor pixel = drawn.pixelColor(x, y);
                if (pixel.alpha() < 250)
                    continue;
                ++inked;
                EXPECT_EQ(pixel.rgb(), colour.rgb()) << x << "," << y;
            }
        }
        EXPECT_GT(inked, 100); // the month sheet's strokes
    }
    EXPECT_TRUE(LineIcon(QStringLiteral("no-such-icon")).isNull());
}
