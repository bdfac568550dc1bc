#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTime>

#include <optional>

#include "diarymoment.h"

namespace painpace {

// Rules for entries made later than the moment they describe: a missed day filled in, or an
// entry moved to the time it really belongs to (docs/architecture.md, "Back-filling").

// The time a back-filled check-in starts at: the daily reminder's time when the person set one,
// otherwise the hour in which most of their recent check-ins were made (on the hour, the earlier
// hour on a tie), and noon for a diary without any.
QTime usualCheckInTime(const std::optional<QTime>& reminder, const QList<QTime>& recentTimes);

// The day a back-fill most likely is for: the latest of the `lookBack` days before `today` that
// has no entry, or yesterday when every one of them has.
QDate suggestedBackfillDay(const QDate& today, const QList<QDate>& daysWithEntries,
                           int lookBack = 14);

// The moment of a new entry for a local date and time on this computer's clock.
DiaryMoment momentAtLocal(const QDate& day, const QTime& time);

// `original` moved to a new local date and time. An entry made under this computer's time zone
// takes the zone's offset at the new date (summer and winter time differ); one made elsewhere
// (travelling) keeps the offset it was made under, so its clock time means what it meant then.
// The local day is always the new date.
DiaryMoment movedMoment(const DiaryMoment& original, const QDate& day, const QTime& time);

// Why an entry cannot be at `moment` when it is `nowUtc`, or empty: a diary records what has
// happened, so a moment later than now (with a minute's grace for clocks) is refused.
QString futureMomentProblem(const DiaryMoment& moment, const QDateTime& nowUtc);

} // namespace painpace
