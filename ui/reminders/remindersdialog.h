#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace painpace {

// Settings for the daily check-in reminder, the reminder to take a break from sitting, and for
// starting PainPace after logging in.
class RemindersDialog : public QDialog {
    Q_OBJECT
public:
    explicit RemindersDialog(QWidget* parent = nullptr);

    QCheckBox* enabled() const { return m_enabled; }
    QTimeEdit* time() const { return m_time; }
    QCheckBox* autostart() const { return m_autostart; }
    QCheckBox* breaks() const { return m_breaks; }
    QSpinBox* breakMinutes() const { return m_breakMinutes; }
    // Stores the choices; returns the reason when the autostart entry could not be written.
    QString apply();

private:
    QCheckBox* m_enabled = nullptr;
    QTimeEdit* m_time = nullptr;
    QCheckBox* m_autostart = nullptr;
    QCheckBox* m_breaks = nullptr;
    QSpinBox* m_breakMinutes = nullptr;
};

} // namespace painpace
