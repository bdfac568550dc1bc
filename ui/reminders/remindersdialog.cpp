#include "remindersdialog.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include "autostart.h"
#include "breakreminder.h"
#include "reminderscheduler.h"

namespace painpace {

RemindersDialog::RemindersDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Reminders"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_enabled = new QCheckBox(tr("Remind me &every day to check in"), this);
    m_enabled->setChecked(ReminderScheduler::savedEnabled());
    m_time = new QTimeEdit(ReminderScheduler::savedTime(), this);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_breaks = new QCheckBox(tr("Remind me to get up and &move while I sit"), this);
    m_breaks->setChecked(BreakReminder::savedEnabled());
    m_breakMinutes = new QSpinBox(this);
    m_breakMinutes->setRange(BreakReminder::kShortestMinutes, BreakReminder::kLongestMinutes);
    m_breakMinutes->setSuffix(tr(" minutes"));
    m_breakMinutes->setValue(BreakReminder::savedMinutes());
    // Created in the order shown, so Tab follows the screen.
    m_autostart = new QCheckBox(tr("&Start PainPace when I log in"), this);
    m_autostart->setChecked(autostart::isEnabled());
    form->addRow(m_enabled);
    form->addRow(tr("&At:"), m_time);
    form->addRow(m_breaks);
    form->addRow(tr("Every:"), m_breakMinutes);
    form->addRow(m_autostart);
    layout->addLayout(form);
    auto* note = new QLabel(tr("The reminder appears while PainPace is running (in the system "
                               "tray where there is one). It stays on this computer."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString RemindersDialog::apply() {
    ReminderScheduler::save(m_enabled->isChecked(), m_time->time());
    BreakReminder::save(m_breaks->isChecked(), m_breakMinutes->value());
    if (m_autostart->isChecked() == autostart::isEnabled())
        return {};
    return autostart::setEnabled(m_autostart->isChecked(), QCoreApplication::applicationFilePath());
}

} // namespace painpace
