#pragma once

#include <QObject>
#include <QTimer>

namespace painpace {

// A gentle nudge to get up and move every N minutes while PainPace runs: sitting is an activity
// too, and breaks are part of pacing it.
class BreakReminder : public QObject {
    Q_OBJECT
public:
    explicit BreakReminder(QObject* parent = nullptr);

    void setIntervalMinutes(int minutes); // 0 switches the reminder off
    int intervalMinutes() const { return m_minutes; }
    bool isActive() const { return m_timer.isActive(); }
    int millisecondsToNext() const { return m_timer.remainingTime(); }
    int timerInterval() const { return m_timer.interval(); }

    static bool savedEnabled();
    static int savedMinutes();
    static void save(bool enabled, int minutes);

    static constexpr int kDefaultMinutes = 30;
    static constexpr int kShortestMinutes = 10;
    static constexpr int kLongestMinutes = 120;

signals:
    void breakDue();

private:
    QTimer m_timer;
    int m_minutes = 0;
};

} // namespace painpace
