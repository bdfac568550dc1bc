#pragma once

#include <QDateTime>
#include <QObject>
#include <QTime>
#include <QTimer>

#include <functional>

namespace painpace {

// Fires reminderDue() once a day at the chosen time while PainPace runs. The clock can be
// replaced for tests; the timer always aims at the next due moment, so a sleeping computer or a
// clock change cannot make it fire twice or drift.
class ReminderScheduler : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit ReminderScheduler(QObject* parent = nullptr,
                               Clock clock = &QDateTime::currentDateTime);

    void setDailyTime(const QTime& time); // an invalid time switches reminders off
    QTime dailyTime() const { return m_time; }
    bool isActive() const { return m_timer.isActive(); }
    QDateTime nextDue() const { return m_nextDue; }
    int millisecondsToNext() const { return m_timer.remainingTime(); }

    // Settings (QSettings) for the reminder: whether it is on and at what time.
    static bool savedEnabled();
    static QTime savedTime();
    static void save(bool enabled, const QTime& time);

signals:
    void reminderDue();

private:
    void schedule();
    void fire();

    Clock m_clock;
    QTime m_time;
    QDateTime m_nextDue;
    QTimer m_timer;
};

} // namespace painpace
