// An entry with a warning sign, made on Today as a person does, says the same thing in every
// view that shows it (docs/architecture.md, "Warning signs"), in light and dark.

#include <QApplication>
#include <QCheckBox>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include "calendar/calendarview.h"
#include "diary/checkindetailsform.h"
#include "diary/checkinlistmodel.h"
#include "diary/redflag.h"
#include "entries/entriesview.h"
#include "mainwindow/mainwindow.h"
#include "support/screenshots.h"
#include "today/painscalebuttons.h"
#include "today/todayview.h"

using namespace painpace;

namespace {

// Light and dark, at the window's size and at the smallest.
void screenshotsOf(QWidget& window, const QString& name) {
    const QSize size = window.size();
    for (const bool smallest : {false, true}) {
        window.resize(smallest ? window.minimumSize() : size);
        QApplication::processEvents();
        EXPECT_TRUE(painpace::testing::saveLightAndDark(
            window, smallest ? name + QStringLiteral("-minimum") : name));
    }
    window.resize(size);
    QApplication::processEvents();
}

} // namespace

TEST(WarningSignsAcrossViewsTest, AnEmergencySignSaysTheSameInTodayEntriesAndCalendar) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    MainWindow window;
    window.setErrorReporter([](const QString& message) { ADD_FAILURE() << message.toStdString(); });
    window.resize(1280, 900);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ASSERT_TRUE(window.openDiary(dir.filePath(QStringLiteral("diary.sqlite"))));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.todayView()->isVisible(); }));

    TodayView* today = window.todayView();
    QTest::mouseClick(today->moreButton(), Qt::LeftButton);
    today->details()->redFlagBox(RedFlag::SaddleNumbness)->setChecked(true);
    QTest::mouseClick(today->painScale()->button(7), Qt::LeftButton);
    QTest::mouseClick(today->saveButton(), Qt::LeftButton);
    QTest::mouseClick(today->moreButton(), Qt::LeftButton); // folded again, as after a save

    const QString headline = careHeadline(CareUrgency::Emergency);
    const QString advice = careAdvice(CareUrgency::Emergency);
    ASSERT_FALSE(headline.isEmpty());
    EXPECT_TRUE(today->feedback().contains(advice)) << today->feedback().toStdString();
    EXPECT_TRUE(today->todaySummary().contains(QStringLiteral("⚠ ") + headline));
    screenshotsOf(window, QStringLiteral("warning-sign-today"));

    auto* entries = window.findChild<EntriesView*>();
    ASSERT_NE(entries, nullptr);
    window.pages()->setCurrentWidget(entries);
    ASSERT_TRUE(QTest::qWaitFor([&] { return entries->model()->rowCount() == 1; }));
    QStringList row;
    for (int column = 0; column < entries->model()->columnCount(); ++column)
        row << entries->model()->index(0, column).data().toString();
    EXPECT_TRUE(row.join(QLatin1Char('|')).contains(QStringLiteral("⚠ ") + headline))
        << row.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(row.join(QLatin1Char('|')).count(QStringLiteral("⚠")), 1); // said once, not twice
    EXPECT_EQ(row.last(), QStringLiteral("⚠ ") + headline); // nothing else to say about it
    screenshotsOf(window, QStringLiteral("warning-sign-entries"));

    CalendarView* calendar = window.calendarView();
    window.pages()->setCurrentWidget(calendar);
    QApplication::processEvents();
    ASSERT_EQ(calendar->dayEntries()->count(), 1);
    EXPECT_TRUE(calendar->dayEntries()->item(0)->text().contains(QStringLiteral("⚠ ") + advice))
        << calendar->dayEntries()->item(0)->text().toStdString();
    screenshotsOf(window, QStringLiteral("warning-sign-calendar"));
}
