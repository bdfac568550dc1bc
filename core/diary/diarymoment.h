#pragma once

#include <QDate>
#include <QDateTime>

namespace painpace {

// When an entry was made: the UTC instant plus the local calendar day it belongs to. The day is
// stored, not derived, so an entry never moves to another day when the clock or time zone changes.
struct DiaryMoment {
    QDateTime utc;
    QDate localDay;
    int utcOffsetMinutes = 0;

    static DiaryMoment fromLocal(const QDateTime& local);
    static DiaryMoment now();

    QDateTime localTime() const;
    bool isValid() const { return utc.isValid() && localDay.isValid(); }
    bool operator==(const DiaryMoment&) const = default;
};

} // namespace painpace
