#pragma once

#include <QDateTime>
#include <QTime>

namespace painpace {

// The next moment, strictly after `now` (local time), when a daily reminder set for `at` is due.
QDateTime nextReminderAfter(const QDateTime& now, const QTime& at);

} // namespace painpace
