#include "triggerlevelpicker.h"

#include <QCoreApplication>

namespace painpace {

namespace {

QStringList levelLabels() {
    QStringList labels;
    for (const auto& option : kTriggerLevelCodes)
        labels << QCoreApplication::translate("painpace::CheckInDetailsForm", option.label);
    return labels;
}

QStringList spokenNames(const QString& triggerName) {
    QStringList names;
    for (const QString& label : levelLabels())
        names << TriggerLevelPicker::tr("%1: %2").arg(triggerName, label.toLower());
    return names;
}

int indexOf(TriggerLevel level) {
    for (std::size_t i = 0; i < kTriggerLevelCodes.size(); ++i) {
        if (kTriggerLevelCodes[i].value == level)
            return static_cast<int>(i);
    }
    return 0;
}

} // namespace

TriggerLevelPicker::TriggerLevelPicker(const QString& triggerName, QWidget* parent)
    : ChoiceRow(levelLabels(), spokenNames(triggerName), parent) {
    setMaximumWidth(360); // three short words: no wider in a one-column form
    connect(this, &ChoiceRow::chosenChanged, this,
            [this](int index) { emit levelChanged(kTriggerLevelCodes[index].value); });
}

TriggerLevel TriggerLevelPicker::level() const {
    return kTriggerLevelCodes[chosen()].value;
}

void TriggerLevelPicker::setLevel(TriggerLevel level) {
    choose(indexOf(level));
}

QAbstractButton* TriggerLevelPicker::button(TriggerLevel level) const {
    return ChoiceRow::button(indexOf(level));
}

} // namespace painpace
