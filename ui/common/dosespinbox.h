#pragma once

#include <QDoubleSpinBox>

namespace painpace {

// A dose field that shows a dose as a person writes it: "60 mg", "0.5 mg", "2.25 g", never
// "60.000 mg". It keeps three decimals for the small doses that need them; only the zeros at the
// end are left out of what is shown.
class DoseSpinBox : public QDoubleSpinBox {
public:
    explicit DoseSpinBox(QWidget* parent = nullptr);

    QString textFromValue(double value) const override;
};

} // namespace painpace
