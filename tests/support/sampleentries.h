#pragma once

#include "diary/checkin.h"

namespace painpace::testing {

// A moment on a fixed day at a fixed offset, so tests do not depend on the machine's time zone.
DiaryMoment momentOn(const QDate& day, int hour, int minute = 0, int offsetMinutes = 60);

// A check-in with a value in every field and one of each kind of child row.
CheckIn completeCheckIn(const QDate& day = QDate(2026, 3, 14));

// The smallest valid check-in: a moment and a pain score.
CheckIn minimalCheckIn(int pain, const QDate& day = QDate(2026, 3, 14), int hour = 8);

} // namespace painpace::testing
