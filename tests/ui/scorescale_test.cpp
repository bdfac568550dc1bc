#include <QAbstractButton>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include "diary/scorescale.h"
#include "support/betweenfields.h"

using namespace painpace;

namespace {

// The scale between two text fields, shown, so Tab and the keys act as in the form.
struct ScaleInAForm : painpace::testing::BetweenFields<ScoreScale> {
    ScaleInAForm()
        : BetweenFields(QStringLiteral("Fatigue")) {}
};

} // namespace

TEST(ScoreScaleTest, StartsUnansweredAndOneClickAnswers) {
    ScaleInAForm form;
    QSignalSpy changed(form.widget, &ChoiceRow::chosenChanged);
    EXPECT_EQ(form.widget->value(), std::nullopt);
    EXPECT_TRUE(form.widget->button(std::nullopt)->isChecked());
    QTest::mouseClick(form.widget->button(7), Qt::LeftButton);
    EXPECT_EQ(form.widget->value(), 7);
    EXPECT_EQ(changed.size(), 1);
    EXPECT_TRUE(form.widget->button(7)->property("answered").toBool());
    QTest::mouseClick(form.widget->button(7), Qt::LeftButton); // a second click keeps it
    EXPECT_EQ(form.widget->value(), 7);
    EXPECT_EQ(changed.size(), 1);
    QTest::mouseClick(form.widget->button(std::nullopt), Qt::LeftButton);
    EXPECT_EQ(form.widget->value(), std::nullopt);
    EXPECT_FALSE(form.widget->button(std::nullopt)->property("answered").toBool());
    EXPECT_EQ(changed.size(), 2);
}

TEST(ScoreScaleTest, DigitsPickTheNumberTOrPlusPicksTenAndDeleteTakesItBack) {
    ScaleInAForm form;
    QTest::keyClick(form.before, Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), form.widget->button(std::nullopt));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_4);
    EXPECT_EQ(form.widget->value(), 4);
    EXPECT_EQ(QApplication::focusWidget(), form.widget->button(4)); // the focus follows
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_0);
    EXPECT_EQ(form.widget->value(), 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T);
    EXPECT_EQ(form.widget->value(), 10);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right); // stays at the end
    EXPECT_EQ(form.widget->value(), 10);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
    EXPECT_EQ(form.widget->value(), 9);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
    EXPECT_EQ(form.widget->value(), std::nullopt);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Plus);
    EXPECT_EQ(form.widget->value(), 10);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    EXPECT_EQ(form.widget->value(), std::nullopt);
    // Other keys are not the scale's: Tab moves on from the chosen button.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), form.after);
}

TEST(ScoreScaleTest, TabReachesOnlyTheChosenNumberAndTheRowHandsItsFocusOn) {
    ScaleInAForm form;
    form.widget->setValue(6);
    QTest::keyClick(form.before, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), form.widget->button(6));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), form.after);
    QTest::keyClick(form.after, Qt::Key_Backtab);
    EXPECT_EQ(QApplication::focusWidget(), form.widget->button(6));
    // A label's Alt letter focuses the row itself, which hands it to the chosen number.
    form.before->setFocus();
    form.widget->setFocus(Qt::ShortcutFocusReason);
    EXPECT_EQ(QApplication::focusWidget(), form.widget->button(6));
}

TEST(ScoreScaleTest, ButtonsAreNamedForTheQuestionAndOutOfRangeScoresShowUnanswered) {
    ScoreScale scale(QStringLiteral("Fatigue"));
    EXPECT_EQ(scale.button(std::nullopt)->accessibleName(),
              QStringLiteral("Fatigue: not answered"));
    EXPECT_EQ(scale.button(7)->accessibleName(), QStringLiteral("Fatigue: 7 of 10"));
    EXPECT_EQ(scale.button(10)->text(), QStringLiteral("10"));
    EXPECT_EQ(scale.buttons().size(), 12);
    scale.setValue(3);
    EXPECT_EQ(scale.value(), 3);
    scale.setValue(11); // not a score: nothing is claimed
    EXPECT_EQ(scale.value(), std::nullopt);
}
