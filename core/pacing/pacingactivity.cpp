#include "pacingactivity.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace painpace {

int unitStep(AmountUnit unit) {
    return unit == AmountUnit::Steps ? 50 : 1;
}

int roundToUnit(double amount, AmountUnit unit) {
    const int step = unitStep(unit);
    const auto rounded = static_cast<int>(std::lround(amount / step)) * step;
    return std::max(rounded, step);
}

QString unitName(AmountUnit unit) {
    return QCoreApplication::translate("Pacing", labelOf<AmountUnit>(kAmountUnitCodes, unit));
}

QString amountText(int amount, AmountUnit unit) {
    const QString number = QLocale().toString(amount);
    switch (unit) {
    case AmountUnit::Minutes:
        return QCoreApplication::translate("Pacing", "%1 min").arg(number);
    case AmountUnit::Repetitions:
        return QCoreApplication::translate("Pacing", "%1 repetitions").arg(number);
    case AmountUnit::Steps:
        return QCoreApplication::translate("Pacing", "%1 steps").arg(number);
    case AmountUnit::Laps:
        return QCoreApplication::translate("Pacing", "%1 laps").arg(number);
    }
    return number;
}

const QList<PacingActivity>& builtInPacingActivities() {
    auto activity = [](const char* code, const char* name, AmountUnit unit) {
        return PacingActivity{QString::fromLatin1(code),
                              QCoreApplication::translate("PacingActivity", name), unit};
    };
    static const QList<PacingActivity> activities{
        activity("walking", QT_TRANSLATE_NOOP("PacingActivity", "Walking"), AmountUnit::Minutes),
        activity("stretching", QT_TRANSLATE_NOOP("PacingActivity", "Stretching"),
                 AmountUnit::Minutes),
        activity("yoga", QT_TRANSLATE_NOOP("PacingActivity", "Yoga"), AmountUnit::Minutes),
        activity("swimming", QT_TRANSLATE_NOOP("PacingActivity", "Swimming"), AmountUnit::Laps),
        activity("water_aerobics", QT_TRANSLATE_NOOP("PacingActivity", "Water aerobics"),
                 AmountUnit::Minutes),
        activity("tai_chi", QT_TRANSLATE_NOOP("PacingActivity", "Tai chi"), AmountUnit::Minutes),
        activity("housework", QT_TRANSLATE_NOOP("PacingActivity", "Housework"),
                 AmountUnit::Minutes),
        activity("gardening", QT_TRANSLATE_NOOP("PacingActivity", "Gardening"),
                 AmountUnit::Minutes),
        activity("desk_sitting", QT_TRANSLATE_NOOP("PacingActivity", "Sitting at a desk"),
                 AmountUnit::Minutes),
    };
    return activities;
}

} // namespace painpace
