#include "periodpain.h"

#include <algorithm>
#include <cmath>

namespace painpace::stats {

std::optional<PeriodLength> painPeriodFor(const QDate& from, const QDate& to) {
    const qint64 days = from.daysTo(to) + 1;
    if (days <= kDailyPainUpToDays)
        return std::nullopt;
    return days <= kWeeklyPainUpToDays ? PeriodLength::Week : PeriodLength::Month;
}

double quantile(QList<double> values, double share) {
    std::sort(values.begin(), values.end());
    const double place = share * static_cast<double>(values.size() - 1);
    const auto below = static_cast<qsizetype>(std::floor(place));
    const qsizetype above = std::min(below + 1, values.size() - 1);
    return values[below] + (place - static_cast<double>(below)) * (values[above] - values[below]);
}

QList<PeriodPain> painByPeriod(const PainTimeline& timeline, PeriodLength length) {
    QList<PeriodPain> periods;
    if (timeline.days.isEmpty())
        return periods;
    const QDate from = timeline.days.first();
    const QList<Period> spans = periodsBetween(from, timeline.days.last(), length);
    QList<QList<double>> painOf(spans.size());
    QList<int> flaresOf(spans.size(), 0);
    for (qsizetype i = 0; i < timeline.days.size(); ++i) {
        if (timeline.meanPain[i])
            painOf[periodIndex(from, timeline.days[i], length)].append(*timeline.meanPain[i]);
    }
    for (const QDate& day : timeline.flareDays) {
        const int index = periodIndex(from, day, length);
        if (index >= 0 && index < flaresOf.size())
            ++flaresOf[index];
    }
    for (qsizetype p = 0; p < spans.size(); ++p) {
        if (painOf[p].size() < fewestPeriodDays(length))
            continue;
        const QDate firstShown = std::max(spans[p].start, from);
        PeriodPain period;
        period.start = spans[p].start;
        period.middle = firstShown.addDays(spans[p].daysInRange / 2);
        period.median = quantile(painOf[p], 0.5);
        period.lowerQuartile = quantile(painOf[p], 0.25);
        period.upperQuartile = quantile(painOf[p], 0.75);
        period.days = static_cast<int>(painOf[p].size());
        period.flareDays = flaresOf[p];
        periods.append(period);
    }
    return periods;
}

QList<PeriodMean> periodMeans(const QList<QDate>& days, const QList<std::optional<double>>& values,
                              PeriodLength length) {
    QList<PeriodMean> means;
    if (days.isEmpty())
        return means;
    const QList<Period> spans = periodsBetween(days.first(), days.last(), length);
    QList<double> sums(spans.size(), 0.0);
    QList<int> counts(spans.size(), 0);
    for (qsizetype i = 0; i < days.size() && i < values.size(); ++i) {
        if (!values[i])
            continue;
        const int index = periodIndex(days.first(), days[i], length);
        sums[index] += *values[i];
        ++counts[index];
    }
    for (qsizetype p = 0; p < spans.size(); ++p) {
        if (counts[p] < fewestPeriodDays(length))
            continue;
        const QDate firstShown = std::max(spans[p].start, days.first());
        means.append({firstShown.addDays(spans[p].daysInRange / 2), sums[p] / counts[p]});
    }
    return means;
}

QList<double> periodTrend(const QList<PeriodPain>& periods, int halfWindow) {
    QList<double> trend;
    trend.reserve(periods.size());
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const qsizetype first = std::max<qsizetype>(0, i - halfWindow);
        const qsizetype last = std::min<qsizetype>(periods.size() - 1, i + halfWindow);
        double sum = 0.0;
        for (qsizetype j = first; j <= last; ++j)
            sum += periods[j].median;
        trend.append(sum / static_cast<double>(last - first + 1));
    }
    return trend;
}

} // namespace painpace::stats
