// A dose shows as a person writes it (ui/common/dosespinbox.h).
#include <QLocale>

#include <gtest/gtest.h>

#include "common/dosespinbox.h"

using namespace painpace;

TEST(DoseSpinBoxTest, ShowsADoseWithoutTrailingZeros) {
    DoseSpinBox dose;
    dose.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    dose.setRange(0, 1'000'000);
    dose.setSuffix(QStringLiteral(" mg"));
    const std::pair<double, QString> shown[] = {
        {60, QStringLiteral("60 mg")},     {0.5, QStringLiteral("0.5 mg")},
        {2.25, QStringLiteral("2.25 mg")}, {0.125, QStringLiteral("0.125 mg")},
        {1000, QStringLiteral("1000 mg")}, {0, QStringLiteral("0 mg")}};
    for (const auto& [value, text] : shown) {
        dose.setValue(value);
        EXPECT_EQ(dose.text(), text) << value;
        EXPECT_DOUBLE_EQ(dose.valueFromText(dose.cleanText()), value); // reads back the same
    }
}

TEST(DoseSpinBoxTest, UsesTheLocalesDecimalComma) {
    DoseSpinBox dose;
    dose.setLocale(QLocale(QLocale::German, QLocale::Germany));
    dose.setValue(2.5);
    EXPECT_EQ(dose.text(), QStringLiteral("2,5"));
    dose.setValue(40);
    EXPECT_EQ(dose.text(), QStringLiteral("40"));
}

// A dose with more decimals than the field shows is given back exactly until the person changes
// it; then what they chose is the dose.
TEST(DoseSpinBoxTest, KeepsAnExactDoseUntilItIsChanged) {
    DoseSpinBox dose;
    dose.setRange(-1, 1'000'000);
    dose.setExactValue(0.0625);
    EXPECT_DOUBLE_EQ(dose.value(), 0.063); // shown to three decimals
    EXPECT_EQ(dose.exactValue(), 0.0625);
    dose.setValue(0.07);
    EXPECT_DOUBLE_EQ(dose.exactValue(), 0.07);
    dose.setValue(0.063); // back to what was shown: the stored dose again
    EXPECT_EQ(dose.exactValue(), 0.0625);
    dose.setExactValue(1'000'000.0 / 7.0);
    EXPECT_EQ(dose.exactValue(), 1'000'000.0 / 7.0);
    dose.stepUp();
    EXPECT_DOUBLE_EQ(dose.exactValue(), 142858.143);
}
