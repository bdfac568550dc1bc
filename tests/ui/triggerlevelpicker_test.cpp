#include <QAbstractButton>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <gtest/gtest.h>

#include "diary/triggerlevelpicker.h"

using namespace painpace;

namespace {

// A picker between two text fields, shown, so Tab and the arrow keys act as in the form.
struct PickerInAForm {
    QWidget window;
    QLineEdit* before = new QLineEdit(&window);
    TriggerLevelPicker* picker = new TriggerLevelPicker(QStringLiteral("Poor sleep"), &window);
    QLineEdit* after = new QLineEdit(&window);

    PickerInAForm() {
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(before);
        layout->addWidget(picker);
        layout->addWidget(after);
        window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        before->setFocus();
    }
};

} // namespace

TEST(TriggerLevelPickerTest, OneClickRatesTheTriggerAndSaysSoOnce) {
    PickerInAForm form;
    QSignalSpy changed(form.picker, &TriggerLevelPicker::levelChanged);
    EXPECT_EQ(form.picker->level(), TriggerLevel::None);
    QTest::mouseClick(form.picker->button(TriggerLevel::ALot), Qt::LeftButton);
    EXPECT_EQ(form.picker->level(), TriggerLevel::ALot);
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.first().first().value<TriggerLevel>(), TriggerLevel::ALot);
    QTest::mouseClick(form.picker->button(TriggerLevel::ALot), Qt::LeftButton);
    EXPECT_EQ(form.picker->level(), TriggerLevel::ALot); // a second click keeps the choice
    EXPECT_EQ(changed.size(), 1);
    QTest::mouseClick(form.picker->button(TriggerLevel::ALittle), Qt::LeftButton);
    EXPECT_EQ(form.picker->level(), TriggerLevel::ALittle);
    EXPECT_FALSE(form.picker->button(TriggerLevel::ALot)->isChecked());
    EXPECT_EQ(changed.size(), 2);
    // The rating stands out; "None" does not.
    EXPECT_TRUE(form.picker->button(TriggerLevel::ALittle)->property("answered").toBool());
    EXPECT_FALSE(form.picker->button(TriggerLevel::ALot)->property("answered").toBool());
    form.picker->setLevel(TriggerLevel::None);
    EXPECT_FALSE(form.picker->button(TriggerLevel::None)->property("answered").toBool());
}

TEST(TriggerLevelPickerTest, TabReachesOnlyTheChosenButtonAndArrowsMoveTheChoice) {
    PickerInAForm form;
    QTest::keyClick(form.before, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), form.picker->button(TriggerLevel::None));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    EXPECT_EQ(form.picker->level(), TriggerLevel::ALittle);
    EXPECT_EQ(QApplication::focusWidget(), form.picker->button(TriggerLevel::ALittle));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right); // stays at the end
    EXPECT_EQ(form.picker->level(), TriggerLevel::ALot);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), form.after);
    QTest::keyClick(form.after, Qt::Key_Backtab);
    EXPECT_EQ(QApplication::focusWidget(), form.picker->button(TriggerLevel::ALot));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
    EXPECT_EQ(form.picker->level(), TriggerLevel::ALittle);
}

TEST(TriggerLevelPickerTest, ButtonsAreNamedForTheTriggerAndSetLevelShowsAStoredRating) {
    TriggerLevelPicker picker(QStringLiteral("Poor sleep"));
    EXPECT_EQ(picker.button(TriggerLevel::None)->accessibleName(),
              QStringLiteral("Poor sleep: none"));
    EXPECT_EQ(picker.button(TriggerLevel::ALot)->text(), QStringLiteral("A lot"));
    QSignalSpy changed(&picker, &TriggerLevelPicker::levelChanged);
    picker.setLevel(TriggerLevel::ALot);
    EXPECT_TRUE(picker.button(TriggerLevel::ALot)->isChecked());
    EXPECT_EQ(changed.size(), 1);
    picker.setLevel(TriggerLevel::None);
    EXPECT_EQ(picker.level(), TriggerLevel::None);
    EXPECT_FALSE(picker.button(TriggerLevel::ALot)->isChecked());
}
