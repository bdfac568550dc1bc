// The wheel scrolls a form and changes only a field that has the focus (ui/common/wheelguard.h).
#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include "common/wheelguard.h"
#include "diary/checkindetailsform.h"
#include "diary/triggerlevelpicker.h"
#include "edit/checkincomposition.h"
#include "edit/editstack.h"
#include "storage/database.h"
#include "today/painscalebuttons.h"
#include "today/todayview.h"

using namespace painpace;

namespace {

// One notch of the wheel turned towards the person (the page goes down) over `widget`.
void turnWheelDownOver(QWidget* widget) {
    const QPointF local(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent wheel(local, widget->mapToGlobal(local), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &wheel);
}

class WheelGuardTest : public ::testing::Test {
protected:
    void SetUp() override {
        WheelGuard::protectApplication();
        auto* content = new QWidget;
        auto* layout = new QVBoxLayout(content);
        m_spin = new QSpinBox(content);
        m_spin->setRange(0, 10);
        m_spin->setValue(5);
        m_combo = new QComboBox(content);
        m_combo->addItems(
            {QStringLiteral("none"), QStringLiteral("a little"), QStringLiteral("a lot")});
        layout->addWidget(m_spin);
        layout->addWidget(m_combo);
        layout->addSpacing(3000); // a long form
        m_area.setWidget(content);
        m_area.resize(400, 300);
        m_area.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_area));
    }

    QScrollArea m_area;
    QSpinBox* m_spin = nullptr;
    QComboBox* m_combo = nullptr;
};

} // namespace

TEST_F(WheelGuardTest, TheWheelOverAFieldWithoutFocusScrollsThePageAndLeavesTheValue) {
    m_area.setFocus(); // the window gave the first field the focus
    ASSERT_FALSE(m_spin->hasFocus());
    turnWheelDownOver(m_spin);
    turnWheelDownOver(m_combo);
    EXPECT_EQ(m_spin->value(), 5);
    EXPECT_EQ(m_combo->currentIndex(), 0);
    EXPECT_GT(m_area.verticalScrollBar()->value(), 0);
}

TEST_F(WheelGuardTest, AFieldWithFocusTakesTheWheel) {
    m_spin->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_spin->hasFocus(); }));
    turnWheelDownOver(m_spin);
    EXPECT_EQ(m_spin->value(), 4);
    EXPECT_EQ(m_area.verticalScrollBar()->value(), 0);
}

TEST_F(WheelGuardTest, FieldsTakeFocusByClickOrTabButNotByTheWheel) {
    QApplication::processEvents();
    EXPECT_EQ(m_spin->focusPolicy(), Qt::StrongFocus);
    EXPECT_EQ(m_combo->focusPolicy(), Qt::StrongFocus);
}

// On Today, scrolling the full check-in with the pointer over its fields changes none of them.
TEST(WheelGuardJourneyTest, ScrollingTodaysFullCheckInChangesNoField) {
    WheelGuard::protectApplication();
    QTemporaryDir dir;
    auto db = Database::openFile(dir.filePath(QStringLiteral("diary.sqlite")));
    EditStack undo;
    {
        CheckInComposition composition;
        TodayView today(*db, undo, composition);
        today.resize(800, 500);
        today.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&today));
        today.moreButton()->click();
        QApplication::processEvents();
        today.painScale()->setFocus();
        const QList<QWidget*> fields = [&] {
            QList<QWidget*> found;
            for (QSpinBox* spin : today.details()->findChildren<QSpinBox*>())
                found << spin;
            for (QComboBox* combo : today.details()->findChildren<QComboBox*>())
                found << combo;
            for (TriggerLevelPicker* picker : today.details()->findChildren<TriggerLevelPicker*>())
                for (QAbstractButton* button : picker->buttons())
                    found << button;
            return found;
        }();
        ASSERT_GT(fields.size(), 8);
        for (QWidget* field : fields) {
            if (field->isVisible())
                turnWheelDownOver(field);
        }
        EXPECT_TRUE(today.details()->isEmpty());
        EXPECT_FALSE(today.hasUnsavedInput());
    }
    undo.clear();
}
