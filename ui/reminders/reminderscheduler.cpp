#include "reminderscheduler.h"

#include <QSettings>

#include "reminders/remindertime.h"

namespace painpace {

namespace {
const QString kEnabledKey = QStringLiteral("reminders/enabled");
const QString kTimeKey = QStringLiteral("reminders/time");
} // namespace

ReminderScheduler::ReminderScheduler(QObject* parent, Clock clock)
    : QObject(parent)
    , m_clock(std::move(clock)) {
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReminderScheduler::fire);
}

void ReminderScheduler::setDailyTime(const QTime& time) {
    m_time = time;
    schedule();
}

void ReminderScheduler::schedule() {
    m_timer.stop();
    m_nextDue = {};
    if (!m_time.isValid())
        return;
    const QDateTime now = m_clock();
    m_nextDue = nextReminderAfter(now, m_time);
    m_timer.start(static_cast<int>(std::max<qint64>(0, now.msecsTo(m_nextDue))));
}

void ReminderScheduler::fire() {
    // A coarse timer may wake a little early: only a due reminder is shown.
    if (m_clock() >= m_nextDue.addSecs(-60))
        emit reminderDue();
    schedule();
}

bool ReminderScheduler::savedEnabled() {
    return QSettings().value(kEnabledKey, false).toBool();
}

QTime ReminderScheduler::savedTime() {
    const QTime time =
        QTime::fromString(QSettings().value(kTimeKey).toString(), QStringLiteral("HH:mm"));
    return time.isValid() ? time : QTime(20, 0);
}

void ReminderScheduler::save(bool enabled, const QTime& time) {
    QSettings settings;
    settings.setValue(kEnabledKey, enabled);
    settings.setValue(kTimeKey, time.toString(QStringLiteral("HH:mm")));
}

} // namespace painpace
