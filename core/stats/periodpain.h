#pragma once

#include <QDate>
#include <QList>

#include <optional>

#include "paintimeline.h"
#include "periods.h"

namespace painpace::stats {

// Pain over long ranges, a value per week or month instead of 3,000 daily dots
// (docs/design.md, "Charts over long ranges").

// Daily values up to about three months (the points can still be told apart), then weeks up to
// two years, then months. Nothing means daily.
std::optional<PeriodLength> painPeriodFor(const QDate& from, const QDate& to);
inline constexpr int kDailyPainUpToDays = 100;
inline constexpr int kWeeklyPainUpToDays = 731;

// One week or month: the median of its daily mean pains and the quartiles around it, so the
// band shows where the middle half of its days lay.
struct PeriodPain {
    QDate start;
    QDate middle; // where the chart draws it
    double median = 0.0;
    double lowerQuartile = 0.0;
    double upperQuartile = 0.0;
    int days = 0; // days with pain in the period
    int flareDays = 0;
};

// The periods of `timeline` with at least fewestPeriodDays() days with pain, in order.
QList<PeriodPain> painByPeriod(const PainTimeline& timeline, PeriodLength length);
// A week needs 3 days with pain, a month 7: the few days at the edge of a range, or a month
// barely begun, would otherwise draw a median of a handful of days as a spike.
inline constexpr int kFewestWeekDays = 3;
inline constexpr int kFewestMonthDays = 7;
constexpr int fewestPeriodDays(PeriodLength length) {
    return length == PeriodLength::Week ? kFewestWeekDays : kFewestMonthDays;
}

// The quantile `share` (0 to 1) of `values` by linear interpolation between order statistics
// (Hyndman and Fan's type 7, the default of R and of spreadsheets). `values` must not be empty.
double quantile(QList<double> values, double share);

// A smooth trend through the periods' medians: each the mean of the medians `halfWindow` places
// either side in the list (fewer at the ends), drawn where the period is. Centred, so it does
// not lag behind the data as a trailing mean does.
QList<double> periodTrend(const QList<PeriodPain>& periods, int halfWindow);
inline constexpr int kWeeklyTrendHalfWindow = 4;  // nine weeks
inline constexpr int kMonthlyTrendHalfWindow = 2; // five months

// The mean of a daily series per period, for what is drawn over the pain (fatigue, sleep...):
// the middle day of each period with at least fewestPeriodDays() values, and that mean.
struct PeriodMean {
    QDate middle;
    double mean = 0.0;
};
QList<PeriodMean> periodMeans(const QList<QDate>& days, const QList<std::optional<double>>& values,
                              PeriodLength length);

} // namespace painpace::stats
