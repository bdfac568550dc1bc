#include "dosespinbox.h"

#include <QLocale>

#include "unansweredfield.h"

namespace painpace {

DoseSpinBox::DoseSpinBox(QWidget* parent)
    : QDoubleSpinBox(parent) {
    setDecimals(3);
    UnansweredField::install(this);
}

QString DoseSpinBox::textFromValue(double value) const {
    // The locale's own digits and separators, without the zeros a person would not write.
    QString text = locale().toString(value, 'f', decimals());
    const QString point = locale().decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(locale().zeroDigit()))
            text.chop(locale().zeroDigit().size());
        if (text.endsWith(point))
            text.chop(point.size());
    }
    if (!isGroupSeparatorShown())
        text.remove(locale().groupSeparator());
    return text;
}

void DoseSpinBox::setExactValue(double value) {
    setValue(value);
    m_exact = value;
    m_shown = this->value(); // rounded to the decimals shown
}

double DoseSpinBox::exactValue() const {
    return value() == m_shown ? m_exact : value();
}

} // namespace painpace
