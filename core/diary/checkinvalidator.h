#pragma once

#include "checkin.h"
#include "validationissue.h"

namespace painpace {

// Limits the core enforces on every check-in, wherever it comes from (form, import, demo).
namespace limits {
inline constexpr int kMaxNoteLength = 20000;
inline constexpr int kMinutesPerDay = 24 * 60;
inline constexpr int kSecondsPerDay = 24 * 60 * 60;
inline constexpr int kMaxSpasmCount = 1000;
inline constexpr double kMaxDose = 1'000'000.0;
inline constexpr int kMaxUtcOffsetMinutes = 14 * 60;
inline constexpr int kMaxUnitLength = 32;
} // namespace limits

// Returns every problem at once, so a form can mark all wrong fields in one go.
ValidationIssues validateCheckIn(const CheckIn& checkIn);

} // namespace painpace
