// The full check-in of the reference day, done as a person does it: by mouse clicks and typing
// in the real window, each counted (docs/architecture.md, "The full check-in").

#include <QApplication>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include "diary/checkindetailsform.h"
#include "diary/scorescale.h"
#include "diary/spasmtable.h"
#include "diary/therapyusetable.h"
#include "diary/triggerlevelpicker.h"
#include "mainwindow/mainwindow.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "support/screenshots.h"
#include "today/painscalebuttons.h"
#include "today/todayview.h"

using namespace painpace;

namespace {

// Clicks and types as a person would, counting each click and each value typed. Scrolling the
// page to bring a field into sight is not counted.
class Person {
public:
    int interactions() const { return m_interactions; }

    void click(QWidget* widget) {
        reveal(widget);
        QTest::mouseClick(widget, Qt::LeftButton, Qt::NoModifier, widget->rect().center());
        settle();
    }
    void tick(QListWidget* list, const QString& name) {
        const auto found = list->findItems(name, Qt::MatchExactly);
        ASSERT_EQ(found.size(), 1) << name.toStdString();
        list->scrollToItem(found.first());
        reveal(list);
        const QRect item = list->visualItemRect(found.first());
        // The check box sits at the start of the row.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                          QPoint(item.left() + item.height() / 2, item.center().y()));
        settle();
    }
    void type(const QString& text) {
        ASSERT_NE(QApplication::focusWidget(), nullptr);
        QTest::keyClicks(QApplication::focusWidget(), text);
        settle();
    }

private:
    void reveal(QWidget* widget) {
        for (QWidget* up = widget->parentWidget(); up; up = up->parentWidget()) {
            if (auto* page = qobject_cast<QScrollArea*>(up)) {
                page->ensureWidgetVisible(widget);
                break;
            }
        }
        QApplication::processEvents();
    }
    void settle() {
        ++m_interactions;
        QApplication::processEvents();
    }

    int m_interactions = 0;
};

QPushButton* buttonNamed(QWidget* root, const QString& text) {
    for (QPushButton* button : root->findChildren<QPushButton*>()) {
        if (button->text() == text && button->isVisible())
            return button;
    }
    return nullptr;
}

} // namespace

class FullCheckInTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_window.setErrorReporter(
            [](const QString& message) { ADD_FAILURE() << message.toStdString(); });
        m_window.resize(1400, 1000);
        m_window.show();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&m_window));
        ASSERT_TRUE(m_window.openDiary(m_dir.filePath(QStringLiteral("diary.sqlite"))));
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_window.todayView()->isVisible(); }));
    }

    QTemporaryDir m_dir;
    MainWindow m_window;
};

// The reference day: pain, stiffness, fatigue, sleep hours and quality, three rated triggers,
// two medicines with their doses (one the usual dose, one typed over it), one spasm and a note.
TEST_F(FullCheckInTest, TheReferenceDayIsStoredExactlyAndItsInteractionsAreCounted) {
    TodayView* today = m_window.todayView();
    CheckInDetailsForm* form = today->details();
    Person person;
    person.click(today->painScale()->button(6));
    person.click(today->moreButton());
    person.click(form->widgetFor(QStringLiteral("morningStiffness")));
    person.type(QStringLiteral("45"));
    person.click(form->fatigue()->button(7));
    person.click(form->widgetFor(QStringLiteral("sleep")));
    person.type(QStringLiteral("6:30"));
    auto* sleepQuality = qobject_cast<ScoreScale*>(form->widgetFor(QStringLiteral("sleepQuality")));
    ASSERT_NE(sleepQuality, nullptr);
    person.click(sleepQuality->button(4));
    person.click(form->triggerLevel(QStringLiteral("poor_sleep"))->button(TriggerLevel::ALot));
    person.click(form->triggerLevel(QStringLiteral("long_sitting"))->button(TriggerLevel::ALittle));
    person.click(
        form->triggerLevel(QStringLiteral("cold_damp_weather"))->button(TriggerLevel::ALittle));
    person.tick(form->therapies()->checklist(), QStringLiteral("Duloxetine")); // 60 mg, usual
    person.tick(form->therapies()->checklist(), QStringLiteral("Pregabalin"));
    person.type(QStringLiteral("150")); // over the usual 75 mg, selected in its dose field
    // In the narrow therapies column the doses are whole: no sideways scrolling, both rows seen.
    QTableWidget* doses = form->therapies()->details();
    EXPECT_EQ(doses->horizontalScrollBar()->maximum(), 0);
    EXPECT_GE(doses->viewport()->height(), doses->rowViewportPosition(1) + doses->rowHeight(1));
    person.click(buttonNamed(form->spasms(), QStringLiteral("Add spasm")));
    person.type(QStringLiteral("sacro")); // "Where" has the focus; the next click picks it
    person.click(form->widgetFor(QStringLiteral("note")));
    person.type(QStringLiteral("Bad night, stiff all morning"));
    // To look at before it is saved: the filled-in form, light and dark.
    EXPECT_TRUE(
        painpace::testing::saveLightAndDark(m_window, QStringLiteral("full-checkin-filled")));
    person.click(today->bottomSaveButton());

    const QList<CheckIn> stored =
        CheckInRepository(*m_window.database()).between(QDate::currentDate(), QDate::currentDate());
    ASSERT_EQ(stored.size(), 1) << today->feedback().toStdString();
    const CheckIn& day = stored.first();
    EXPECT_EQ(day.pain, 6);
    EXPECT_EQ(day.morningStiffness, Minutes{45});
    EXPECT_EQ(day.fatigue, 7);
    EXPECT_EQ(day.sleep, Minutes{390});
    EXPECT_EQ(day.sleepQuality, 4);
    EXPECT_EQ(day.triggers.size(), 3);
    EXPECT_TRUE(
        day.triggers.contains(TriggerRating{QStringLiteral("poor_sleep"), TriggerLevel::ALot}));
    EXPECT_TRUE(day.triggers.contains(
        TriggerRating{QStringLiteral("long_sitting"), TriggerLevel::ALittle}));
    EXPECT_TRUE(day.triggers.contains(
        TriggerRating{QStringLiteral("cold_damp_weather"), TriggerLevel::ALittle}));
    ASSERT_EQ(day.therapies.size(), 2);
    EXPECT_EQ(day.therapies[0].therapyCode, QStringLiteral("duloxetine"));
    EXPECT_EQ(day.therapies[0].dose, 60.0);
    EXPECT_EQ(day.therapies[1].therapyCode, QStringLiteral("pregabalin"));
    EXPECT_EQ(day.therapies[1].dose, 150.0);
    EXPECT_EQ(day.therapies[1].unit, QStringLiteral("mg"));
    ASSERT_EQ(day.spasms.size(), 1);
    EXPECT_EQ(day.spasms[0].regionCode, QStringLiteral("back.sacroiliac.left"));
    EXPECT_EQ(day.note, QStringLiteral("Bad night, stiff all morning"));
    EXPECT_TRUE(day.redFlags.isEmpty());

    // Counted one by one above: 19, within the 20 the full check-in may take (docs/architecture.md,
    // "The full check-in").
    EXPECT_EQ(person.interactions(), 19);
}
