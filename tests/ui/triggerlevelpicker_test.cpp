#include <QAbstractButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include "diary/triggerlevelpicker.h"
#include "support/betweenfields.h"

using namespace painpace;

namespace {

// The picker between two text fields, shown, so Tab and the keys act as in the form.
struct PickerInAForm : painpace::testing::BetweenFields<TriggerLevelPicker> {
    PickerInAForm()
        : BetweenFields(QStringLiteral("Poor sleep")) {}
};

} // namespace

TEST(TriggerLevelPickerTest, OneClickRatesTheTriggerAndSaysSoOnce) {
    PickerInAForm form;
    QSignalSpy changed(form.widget, &TriggerLevelPicker::levelChanged);
    EXPECT_EQ(form.widget->level(), TriggerLevel::None);
    QTest::mouseClick(form.widget->button(TriggerLevel::ALot), Qt::LeftButton);
    EXPECT_EQ(form.widget->level(), TriggerLevel::ALot);
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.first().first().value<TriggerLevel>(), TriggerLevel::ALot);
    QTest::mouseClick(form.widget->button(TriggerLevel::ALot), Qt::LeftButton);
    EXPECT_EQ(form.widget->level(), TriggerLevel::ALot); // a second click keeps the choice
    EXPECT_EQ(changed.size(), 1);
    QTest::mouseClick(form.widget->button(TriggerLevel::ALittle), Qt::LeftButton);
    EXPECT_EQ(form.widget->level(), TriggerLevel::ALittle);
    EXPECT_FALSE(form.widget->button(TriggerLevel::ALot)->isChecked());
    EXPECT_EQ(changed.size(), 2);
    // The rating stands out; "None" does not.
    EXPECT_TRUE(form.widget->button(TriggerLevel::ALittle)->property("answered").toBool());
    EXPECT_FALSE(form.widget->button(TriggerLevel::ALot)->property("answered").toBool());
    form.widget->setLevel(TriggerLevel::None);
    EXPECT_FALSE(form.widget->button(TriggerLevel::None)->property("answered").toBool());
}

TEST(TriggerLevelPickerTest, TabReachesOnlyTheChosenButtonAndArrowsMoveTheChoice) {
    PickerInAForm form;
    QTest::keyClick(form.before, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), form.widget->button(TriggerLevel::None));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    EXPECT_EQ(form.widget->level(), TriggerLevel::ALittle);
    EXPECT_EQ(QApplication::focusWidget(), form.widget->button(TriggerLevel::ALittle));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right); // stays at the end
    EXPECT_EQ(form.widget->level(), TriggerLevel::ALot);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), form.after);
    QTest::keyClick(form.after, Qt::Key_Backtab);
    EXPECT_EQ(QApplication::focusWidget(), form.widget->button(TriggerLevel::ALot));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
    EXPECT_EQ(form.widget->level(), TriggerLevel::ALittle);
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
