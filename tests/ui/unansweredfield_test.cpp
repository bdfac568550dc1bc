#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>

#include <gtest/gtest.h>

#include "common/durationspinbox.h"
#include "common/unansweredfield.h"

using namespace painpace;

namespace {

QSpinBox* unansweredScore(QWidget* parent) {
    auto* box = new QSpinBox(parent);
    box->setRange(-1, 10);
    box->setSpecialValueText(QStringLiteral("—"));
    box->setValue(-1);
    UnansweredField::install(box);
    return box;
}

void clickAndType(QAbstractSpinBox* box, const QString& text) {
    QTest::mouseClick(box, Qt::LeftButton, Qt::NoModifier, box->rect().center());
    QApplication::processEvents(); // the selection follows the click
    QTest::keyClicks(box, text);
}

} // namespace

TEST(UnansweredFieldTest, ClickingADashAndTypingEntersTheNumber) {
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    QSpinBox* score = unansweredScore(&window);
    auto* sleep = new DurationSpinBox(24 * 60, &window);
    layout->addWidget(score);
    layout->addWidget(sleep);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    clickAndType(score, QStringLiteral("7"));
    EXPECT_EQ(score->value(), 7);
    clickAndType(sleep, QStringLiteral("6:30"));
    sleep->interpretText();
    EXPECT_EQ(sleep->value(), 390);
}

TEST(UnansweredFieldTest, AClickInAFieldWithANumberLeavesTheCursorWhereItWasPut) {
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    QSpinBox* score = unansweredScore(&window);
    layout->addWidget(score);
    score->setValue(4);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::mouseClick(score, Qt::LeftButton, Qt::NoModifier, score->rect().center());
    QApplication::processEvents();
    EXPECT_FALSE(score->findChild<QLineEdit*>()->hasSelectedText());
}
