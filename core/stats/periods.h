#pragma once

#include <QDate>
#include <QList>

namespace painpace::stats {

// Calendar periods that charts add days up in: ISO weeks (Monday first) for up to a year, months
// beyond it, so ten years never means 520 bars squeezed into one window.
enum class PeriodLength { Week, Month };

PeriodLength periodLengthFor(const QDate& from, const QDate& to);
QDate periodStart(const QDate& day, PeriodLength length);

// The periods that overlap [from, to], first to last, each with the number of its days inside
// the range (the first and last can be partial).
struct Period {
    QDate start;
    int daysInRange = 0;
};
QList<Period> periodsBetween(const QDate& from, const QDate& to, PeriodLength length);

// The index of `day` in periodsBetween(from, ...) by arithmetic; -1 before `from`'s period.
int periodIndex(const QDate& from, const QDate& day, PeriodLength length);

inline constexpr int kWeeklyPeriodsUpToDays = 371; // 53 weeks

} // namespace painpace::stats
