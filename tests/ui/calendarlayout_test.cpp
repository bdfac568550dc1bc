// The Calendar at every window size from the minimum up: the month, its seven columns and the
// day's panel never overlap or run off the side, and the editor fits the width.
#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include "calendar/calendarview.h"
#include "calendar/paincalendar.h"
#include "diary/checkineditor.h"
#include "mainwindow/mainwindow.h"
#include "support/screenshots.h"

using namespace painpace;

namespace {

struct WindowSize {
    int width;
    int height;
};

QRect placeIn(const QWidget* widget, const QWidget* ancestor) {
    return QRect(widget->mapTo(ancestor, QPoint(0, 0)), widget->size());
}

class CalendarLayoutTest : public ::testing::TestWithParam<WindowSize> {
protected:
    void SetUp() override {
        window.resize(GetParam().width, GetParam().height);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        ASSERT_TRUE(window.openDiary(dir.filePath(QStringLiteral("diary.sqlite"))));
        window.pages()->setCurrentWidget(window.calendarView());
        QApplication::processEvents();
        ASSERT_EQ(window.size(), QSize(GetParam().width, GetParam().height));
    }

    QTemporaryDir dir;
    MainWindow window;
};

} // namespace

TEST_P(CalendarLayoutTest, TheMonthAndTheDaysPanelNeverOverlapOrRunOffTheSide) {
    CalendarView* view = window.calendarView();
    PainCalendar* month = view->calendar();
    // Places are measured on the month's page; what shows of it is the view, or the viewport of
    // the scroll area the page sits in.
    const QWidget* page = month->parentWidget();
    int shownWidth = view->width();
    for (QWidget* up = month->parentWidget(); up && up != view; up = up->parentWidget()) {
        if (auto* scroll = qobject_cast<QScrollArea*>(up)) {
            EXPECT_FALSE(scroll->horizontalScrollBar()->isVisible()) << "the page scrolls sideways";
            shownWidth = scroll->viewport()->width();
        }
    }
    const QRect monthPlace = placeIn(month, page);
    EXPECT_GE(monthPlace.left(), 0);
    EXPECT_LE(monthPlace.right(), shownWidth) << "Saturday and Sunday are cut off";
    // The panel's parts, each inside the page and clear of the month.
    QList<QWidget*> parts{view->dayEntries(), view->editButton(), view->duplicateButton(),
                          view->deleteButton(), view->addButton()};
    for (QLabel* label : view->findChildren<QLabel*>()) {
        if (label->isVisibleTo(view) && !view->editor()->isAncestorOf(label))
            parts << label;
    }
    for (QWidget* part : parts) {
        const QRect place = placeIn(part, page);
        EXPECT_FALSE(place.intersects(monthPlace))
            << part->metaObject()->className() << " over the month";
        EXPECT_LE(place.right(), shownWidth)
            << part->metaObject()->className() << " runs off the side";
    }
    // The buttons do not cover one another.
    QList<QWidget*> buttons{view->editButton(), view->duplicateButton(), view->deleteButton(),
                            view->addButton()};
    for (int i = 0; i < buttons.size(); ++i) {
        for (int j = i + 1; j < buttons.size(); ++j)
            EXPECT_FALSE(placeIn(buttons[i], page).intersects(placeIn(buttons[j], page)));
    }
    // To look at: the smallest window, light and dark.
    if (window.size() == window.minimumSize()) {
        EXPECT_TRUE(
            painpace::testing::saveLightAndDark(window, QStringLiteral("calendar-minimum")));
    }
}

TEST_P(CalendarLayoutTest, TheEditorFitsTheWidth) {
    CalendarView* view = window.calendarView();
    view->composeFor(QDate::currentDate().addDays(-1));
    QApplication::processEvents();
    CheckInEditor* editor = view->editor();
    ASSERT_TRUE(editor->isVisible());
    auto* scroll = editor->findChild<QScrollArea*>();
    ASSERT_NE(scroll, nullptr);
    EXPECT_FALSE(scroll->horizontalScrollBar()->isVisible()) << "the form scrolls sideways";
    EXPECT_LE(placeIn(editor->saveButton(), view).bottom(), view->height());
    editor->discard();
}

INSTANTIATE_TEST_SUITE_P(EveryWindowSize, CalendarLayoutTest,
                         ::testing::Values(WindowSize{720, 480}, WindowSize{800, 600},
                                           WindowSize{1000, 720}, WindowSize{1600, 1000}),
                         [](const auto& info) {
                             return std::to_string(info.param.width) + "x" +
                                    std::to_string(info.param.height);
                         });
