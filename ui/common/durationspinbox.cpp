#include "durationspinbox.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

#include "unansweredfield.h"

namespace painpace {

DurationSpinBox::DurationSpinBox(int maximumMinutes, QWidget* parent)
    : QSpinBox(parent) {
    setRange(kUnanswered, maximumMinutes);
    setSingleStep(15);
    setSpecialValueText(QStringLiteral("—"));
    setValue(kUnanswered);
    setAccelerated(true);
    UnansweredField::install(this);
}

QString DurationSpinBox::textForMinutes(int minutes) {
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

std::optional<int> DurationSpinBox::minutesFromText(const QString& typed) {
    const QString text = typed.trimmed().toLower();
    // "7 h 08 min", "7h8", "7:08", "7 h", "45 min"
    static const QRegularExpression hoursAndMinutes(
        QStringLiteral("^(?:(\\d{1,2})\\s*(?:h|:)\\s*)?(?:(\\d{1,3})\\s*(?:min|m)?)?$"));
    static const QRegularExpression decimalHours(QStringLiteral("^(\\d{1,2})[.,](\\d+)\\s*h?$"));
    if (const auto match = decimalHours.match(text); match.hasMatch()) {
        const double hours =
            QLocale::c().toDouble(match.captured(1) + QLatin1Char('.') + match.captured(2));
        return static_cast<int>(std::lround(hours * 60));
    }
    const auto match = hoursAndMinutes.match(text);
    if (!match.hasMatch() || text.isEmpty())
        return std::nullopt;
    const bool hasHours = !match.captured(1).isEmpty();
    const bool hasMinutes = !match.captured(2).isEmpty();
    // A bare number is hours when small ("7"), minutes when marked ("45 min").
    if (!hasHours && hasMinutes && !text.contains(QLatin1Char('m')))
        return match.captured(2).toInt() * 60;
    return match.captured(1).toInt() * 60 + match.captured(2).toInt();
}

QString DurationSpinBox::textFromValue(int value) const {
    return value < 0 ? QString() : textForMinutes(value);
}

int DurationSpinBox::valueFromText(const QString& text) const {
    if (text.trimmed() == specialValueText())
        return kUnanswered;
    return minutesFromText(text).value_or(value());
}

QValidator::State DurationSpinBox::validate(QString& text, int&) const {
    if (text.trimmed().isEmpty() || text.trimmed() == specialValueText())
        return QValidator::Intermediate;
    const std::optional<int> minutes = minutesFromText(text);
    if (!minutes)
        return QValidator::Intermediate;
    return *minutes <= maximum() ? QValidator::Acceptable : QValidator::Invalid;
}

} // namespace painpace
