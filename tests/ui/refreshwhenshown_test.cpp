#include <QAbstractButton>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include "common/refreshwhenshown.h"
#include "diary/checkinlistmodel.h"
#include "entries/entriesview.h"
#include "mainwindow/mainwindow.h"
#include "storage/checkinrepository.h"
#include "support/sampleentries.h"
#include "today/painscalebuttons.h"
#include "today/todayview.h"

using namespace painpace;

namespace {

EntriesView* entriesOf(MainWindow& window) {
    for (int page = 0; page < window.pages()->count(); ++page)
        if (auto* entries = qobject_cast<EntriesView*>(window.pages()->widget(page)))
            return entries;
    return nullptr;
}

// Two pages of a window not shown yet: the front one and one behind it.
struct TwoPages {
    TwoPages() {
        pages.addTab(front, QStringLiteral("front"));
        pages.addTab(back, QStringLiteral("back"));
    }
    QTabWidget pages;
    QWidget* front = new QWidget;
    QWidget* back = new QWidget;
};

} // namespace

// A save refreshes what is on screen at once; a page behind another one catches up, once, when
// it is shown, and then holds what the diary holds.
TEST(RefreshWhenShown, AHiddenPageCatchesUpWhenItIsShown) {
    QTemporaryDir dir;
    MainWindow window;
    ASSERT_TRUE(window.openDiary(dir.filePath(QStringLiteral("diary.sqlite"))));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EntriesView* entries = entriesOf(window);
    ASSERT_NE(entries, nullptr);
    window.pages()->setCurrentWidget(window.todayView());
    TodayView* today = window.todayView();
    for (int pain : {3, 6}) {
        QTest::mouseClick(today->painScale()->button(pain), Qt::LeftButton);
        QTest::mouseClick(today->saveButton(), Qt::LeftButton);
    }
    ASSERT_EQ(CheckInRepository(*window.database()).count(), 2) << today->feedback().toStdString();
    EXPECT_EQ(entries->model()->rowCount(), 0); // not reloaded twice behind Today's back
    window.pages()->setCurrentWidget(entries);
    EXPECT_EQ(entries->model()->rowCount(), 2);
}

TEST(RefreshWhenShown, AViewWhoseWindowIsNotShownRefreshesAtOnce) {
    QWidget view;
    int refreshed = 0;
    auto* refresher = new RefreshWhenShown(&view, [&refreshed] { ++refreshed; });
    refresher->request();
    EXPECT_EQ(refreshed, 1);
    EXPECT_FALSE(refresher->isStale());
}

TEST(RefreshWhenShown, ManyChangesBehindAnotherPageAreOneRefresh) {
    QTabWidget pages;
    auto* front = new QWidget;
    auto* back = new QWidget;
    pages.addTab(front, QStringLiteral("front"));
    pages.addTab(back, QStringLiteral("back"));
    pages.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&pages));
    int refreshed = 0;
    auto* refresher = new RefreshWhenShown(back, [&refreshed] { ++refreshed; });
    for (int change = 0; change < 5; ++change)
        refresher->request();
    EXPECT_EQ(refreshed, 0);
    EXPECT_TRUE(refresher->isStale());
    pages.setCurrentWidget(back);
    EXPECT_EQ(refreshed, 1);
    refresher->request(); // now on screen: at once
    EXPECT_EQ(refreshed, 2);
}

// A start reads only what the first page shows: the page in front loads while the window is
// shown (before its first paint), a page behind it when it is first turned to, and only then.
TEST(RefreshWhenShown, APageInAWindowIsFirstLoadedWhenItIsFirstShown) {
    TwoPages window;
    QTabWidget& pages = window.pages;
    QWidget* front = window.front;
    QWidget* back = window.back;
    int frontLoads = 0;
    int backLoads = 0;
    (new RefreshWhenShown(front, [&frontLoads] { ++frontLoads; }))->loadWhenFirstShown();
    (new RefreshWhenShown(back, [&backLoads] { ++backLoads; }))->loadWhenFirstShown();
    EXPECT_EQ(frontLoads, 0);
    EXPECT_EQ(backLoads, 0);
    pages.show();
    EXPECT_EQ(frontLoads, 1);
    EXPECT_EQ(backLoads, 0);
    pages.setCurrentWidget(back);
    EXPECT_EQ(backLoads, 1);
    pages.setCurrentWidget(front);
    pages.setCurrentWidget(back);
    EXPECT_EQ(frontLoads, 1);
    EXPECT_EQ(backLoads, 1);
}

TEST(RefreshWhenShown, AViewBuiltOnItsOwnLoadsAtOnce) {
    QWidget view;
    int loads = 0;
    auto* refresher = new RefreshWhenShown(&view, [&loads] { ++loads; });
    refresher->loadWhenFirstShown();
    EXPECT_EQ(loads, 1);
    EXPECT_FALSE(refresher->isStale());
}

// A refresh may write (a pacing plan's due weeks are reviewed when its level is read), so a page
// never loaded stays so until it is shown, even while its window is not shown yet: a change
// announced then (an import) must not make it load and write behind the person's back.
TEST(RefreshWhenShown, APageNotLoadedYetWaitsForItsFirstShowWhateverItHears) {
    TwoPages window;
    int backLoads = 0;
    auto* refresher = new RefreshWhenShown(window.back, [&backLoads] { ++backLoads; });
    refresher->loadWhenFirstShown();
    refresher->request();
    refresher->request();
    EXPECT_EQ(backLoads, 0);
    EXPECT_TRUE(refresher->isStale());
    window.pages.show();
    window.pages.setCurrentWidget(window.back);
    EXPECT_EQ(backLoads, 1);
    EXPECT_FALSE(refresher->isStale());
}
