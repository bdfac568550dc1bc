#pragma once

#include <QString>
#include <QTime>

namespace painpace {

// A clock time as people read it in their locale ("9:49 AM", "09:49"), without seconds.
QString shortTime(const QTime& time);
// The format shortTime() uses, for time fields.
QString shortTimeFormat();

} // namespace painpace
