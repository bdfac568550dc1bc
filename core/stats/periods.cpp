#include "periods.h"

#include <algorithm>

namespace painpace::stats {

PeriodLength periodLengthFor(const QDate& from, const QDate& to) {
    return from.daysTo(to) < kWeeklyPeriodsUpToDays ? PeriodLength::Week : PeriodLength::Month;
}

QDate periodStart(const QDate& day, PeriodLength length) {
    if (length == PeriodLength::Week)
        return day.addDays(1 - day.dayOfWeek());
    return QDate(day.year(), day.month(), 1);
}

static QDate nextPeriod(const QDate& start, PeriodLength length) {
    return length == PeriodLength::Week ? start.addDays(7) : start.addMonths(1);
}

QList<Period> periodsBetween(const QDate& from, const QDate& to, PeriodLength length) {
    QList<Period> periods;
    if (!from.isValid() || !to.isValid() || to < from)
        return periods;
    for (QDate start = periodStart(from, length); start <= to; start = nextPeriod(start, length)) {
        const QDate first = std::max(start, from);
        const QDate last = std::min(nextPeriod(start, length).addDays(-1), to);
        periods.append({start, static_cast<int>(first.daysTo(last)) + 1});
    }
    return periods;
}

int periodIndex(const QDate& from, const QDate& day, PeriodLength length) {
    const QDate first = periodStart(from, length);
    const QDate own = periodStart(day, length);
    if (own < first)
        return -1;
    if (length == PeriodLength::Week)
        return static_cast<int>(first.daysTo(own) / 7);
    return (own.year() - first.year()) * 12 + own.month() - first.month();
}

} // namespace painpace::stats
