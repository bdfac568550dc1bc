#pragma once

#include <QDoubleSpinBox>

namespace painpace {

// A dose field that shows a dose as a person writes it: "60 mg", "0.5 mg", "2.25 g", never
// "60.000 mg". It keeps three decimals for the small doses that need them; only the zeros at the
// end are left out of what is shown.
//
// A dose with more decimals than it shows (0.0625 mg from an import) comes back exactly from
// exactValue() until the person changes the field (docs/architecture.md, "Editors keep exact
// values").
class DoseSpinBox : public QDoubleSpinBox {
public:
    explicit DoseSpinBox(QWidget* parent = nullptr);

    QString textFromValue(double value) const override;

    void setExactValue(double value);
    double exactValue() const;

private:
    double m_exact = 0.0;
    double m_shown = 0.0;
};

} // namespace painpace
