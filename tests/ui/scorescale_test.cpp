#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <gtest/gtest.h>

#include "diary/scorescale.h"

using namespace painpace;

namespace {

// A scale between two text fields, shown, so Tab and the keys act as in the form.
struct ScaleInAForm {
    QWidget window;
    QLineEdit* before = new QLineEdit(&window);
    ScoreScale* scale = new ScoreScale(QStringLiteral("Fatigue"), &window);
    QLineEdit* after = new QLineEdit(&window);

    ScaleInAForm() {
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(before);
        layout->addWidget(scale);
        layout->addWidget(after);
        window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        before->setFocus();
    }
};

} // namespace

TEST(ScoreScaleTest, StartsUnansweredAndOneClickAnswers) {
    ScaleInAForm form;
    QSignalSpy changed(form.scale, &ChoiceRow::chosenChanged);
    EXPECT_EQ(form.scale->value(), std::nullopt);
    EXPECT_TRUE(form.scale->button(std::nullopt)->isChecked());
    QTest::mouseClick(form.scale->button(7), Qt::LeftButton);
    EXPECT_EQ(form.scale->value(), 7);
    EXPECT_EQ(changed.size(), 1);
    EXPECT_TRUE(form.scale->button(7)->property("answered").toBool());
    QTest::mouseClick(form.scale->button(7), Qt::LeftButton); // a second click keeps it
    EXPECT_EQ(form.scale->value(), 7);
    EXPECT_EQ(changed.size(), 1);
    QTest::mouseClick(form.scale->button(std::nullopt), Qt::LeftButton);
    EXPECT_EQ(form.scale->value(), std::nullopt);
    EXPECT_FALSE(form.scale->button(std::nullopt)->property("answered").toBool());
    EXPECT_EQ(changed.size(), 2);
}

TEST(ScoreScaleTest, DigitsPickTheNumberTOrPlusPicksTenAndDeleteTakesItBack) {
    ScaleInAForm form;
    QTest::keyClick(form.before, Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), form.scale->button(std::nullopt));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_4);
    EXPECT_EQ(form.scale->value(), 4);
    EXPECT_EQ(QApplication::focusWidget(), form.scale->button(4)); // the focus follows
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_0);
    EXPECT_EQ(form.scale->value(), 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T);
    EXPECT_EQ(form.scale->value(), 10);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right); // stays at the end
    EXPECT_EQ(form.scale->value(), 10);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
    EXPECT_EQ(form.scale->value(), 9);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
    EXPECT_EQ(form.scale->value(), std::nullopt);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Plus);
    EXPECT_EQ(form.scale->value(), 10);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    EXPECT_EQ(form.scale->value(), std::nullopt);
    // Other keys are not the scale's: Tab moves on from the chosen button.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), form.after);
}

TEST(ScoreScaleTest, TabReachesOnlyTheChosenNumberAndTheRowHandsItsFocusOn) {
    ScaleInAForm form;
    form.scale->setValue(6);
    QTest::keyClick(form.before, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), form.scale->button(6));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), form.after);
    QTest::keyClick(form.after, Qt::Key_Backtab);
    EXPECT_EQ(QApplication::focusWidget(), form.scale->button(6));
    // A label's Alt letter focuses the row itself, which hands it to the chosen number.
    form.before->setFocus();
    form.scale->setFocus(Qt::ShortcutFocusReason);
    EXPECT_EQ(QApplication::focusWidget(), form.scale->button(6));
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
