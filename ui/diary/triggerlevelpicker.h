#pragma once

#include <QWidget>

#include <array>

#include "diary/triggerrating.h"

class QAbstractButton;

namespace painpace {

// How much a trigger played a part: three side-by-side buttons, none / a little / a lot, so a
// rating is one click (docs/architecture.md, "The full check-in"). Only the chosen button is
// on the Tab path; the arrow keys move the choice along.
class TriggerLevelPicker : public QWidget {
    Q_OBJECT
public:
    // `triggerName` names the buttons for screen readers ("Poor sleep: a lot").
    explicit TriggerLevelPicker(const QString& triggerName, QWidget* parent = nullptr);

    TriggerLevel level() const { return m_level; }
    void setLevel(TriggerLevel level);
    QAbstractButton* button(TriggerLevel level) const;
    // The three buttons in screen order, for setting the Tab order around them.
    const std::array<QAbstractButton*, 3>& buttons() const { return m_buttons; }

signals:
    void levelChanged(TriggerLevel level);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void choose(TriggerLevel level);
    void updateFocusPath();

    std::array<QAbstractButton*, 3> m_buttons{};
    TriggerLevel m_level = TriggerLevel::None;
};

} // namespace painpace
