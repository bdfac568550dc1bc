#include "breakreminder.h"

#include <QSettings>

namespace painpace {

namespace {
const QString kEnabledKey = QStringLiteral("reminders/breaksEnabled");
const QString kMinutesKey = QStringLiteral("reminders/breakMinutes");
} // namespace

BreakReminder::BreakReminder(QObject* parent)
    : QObject(parent) {
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &BreakReminder::breakDue);
}

void BreakReminder::setIntervalMinutes(int minutes) {
    m_minutes = minutes > 0 ? std::clamp(minutes, kShortestMinutes, kLongestMinutes) : 0;
    m_timer.stop();
    if (m_minutes > 0)
        m_timer.start(m_minutes * 60 * 1000);
}

bool BreakReminder::savedEnabled() {
    return QSettings().value(kEnabledKey, false).toBool();
}

int BreakReminder::savedMinutes() {
    const int minutes = QSettings().value(kMinutesKey, kDefaultMinutes).toInt();
    return std::clamp(minutes, kShortestMinutes, kLongestMinutes);
}

void BreakReminder::save(bool enabled, int minutes) {
    QSettings settings;
    settings.setValue(kEnabledKey, enabled);
    settings.setValue(kMinutesKey, minutes);
}

} // namespace painpace
