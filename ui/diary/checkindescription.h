#pragma once

#include <QString>

#include "diary/checkin.h"

namespace painpace {

// One line describing a check-in: time, pain and what else it holds, then its note and, when it
// holds warning signs, the care advice (an entry with warning signs always says so).
QString describeCheckIn(const CheckIn& entry);

} // namespace painpace
