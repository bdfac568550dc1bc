#pragma once

#include <QString>
#include <QTime>

namespace painpace {

// A clock time as people read it in their locale ("9:49 AM", "09:49"), without seconds.
QString shortTime(const QTime& time);
// The format shortTime() uses, for time fields.
QString shortTimeFormat();
// The time a field of hours and minutes shows and lets a person choose: seconds are not theirs
// to see, so a time they change is stored to the minute they chose.
QTime minutesOnly(const QTime& time);

} // namespace painpace
