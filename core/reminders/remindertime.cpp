#include "remindertime.h"

namespace painpace {

QDateTime nextReminderAfter(const QDateTime& now, const QTime& at) {
    QDateTime candidate = now; // same time zone or offset as `now`
    candidate.setTime(QTime(at.hour(), at.minute()));
    if (candidate <= now)
        candidate = candidate.addDays(1);
    return candidate;
}

} // namespace painpace
