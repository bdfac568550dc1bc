#pragma once

#include "common/choicerow.h"
#include "diary/triggerrating.h"

namespace painpace {

// How much a trigger played a part: none / a little / a lot side by side, so a rating is one
// click (docs/architecture.md, "The full check-in").
class TriggerLevelPicker : public ChoiceRow {
    Q_OBJECT
public:
    // `triggerName` names the buttons for screen readers ("Poor sleep: a lot").
    explicit TriggerLevelPicker(const QString& triggerName, QWidget* parent = nullptr);

    TriggerLevel level() const;
    void setLevel(TriggerLevel level);
    QAbstractButton* button(TriggerLevel level) const;

signals:
    void levelChanged(TriggerLevel level);
};

} // namespace painpace
