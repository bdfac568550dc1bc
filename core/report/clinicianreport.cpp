#include "clinicianreport.h"

#include <QMap>

#include <algorithm>

#include "diary/painchange.h"

namespace painpace {

namespace {

// Days with this many entries in each half are needed before the halves are compared.
constexpr int kTrendDaysPerHalf = 3;
constexpr double kSevereDailyMean = 7.0;

std::optional<double> meanOf(const QList<double>& values) {
    if (values.isEmpty())
        return std::nullopt;
    double sum = 0.0;
    for (double value : values)
        sum += value;
    return sum / static_cast<double>(values.size());
}

PainTrend trendBetween(const QList<double>& first, const QList<double>& second) {
    if (first.size() < kTrendDaysPerHalf || second.size() < kTrendDaysPerHalf)
        return PainTrend::NotEnoughData;
    const double before = *meanOf(first);
    const double after = *meanOf(second);
    if (!isMeaningfulPainChange(before, after))
        return PainTrend::AboutTheSame;
    return after > before ? PainTrend::Worse : PainTrend::Better;
}

} // namespace

PainSummary summarizePain(const QList<DailySummary>& days, const QDate& from, const QDate& to) {
    PainSummary summary;
    // The second half starts at the middle day; an odd period gives the extra day to the first.
    const QDate secondHalf = from.addDays((from.daysTo(to) + 2) / 2);
    QList<double> all;
    QList<double> first;
    QList<double> second;
    for (const DailySummary& day : days) {
        if (day.day < from || day.day > to || day.checkIns == 0)
            continue;
        ++summary.daysWithEntries;
        summary.checkIns += day.checkIns;
        all.append(day.meanPain);
        (day.day < secondHalf ? first : second).append(day.meanPain);
        summary.worst = std::max(summary.worst.value_or(0), day.maxPain);
        if (day.meanPain >= kSevereDailyMean)
            ++summary.severeDays;
    }
    summary.average = meanOf(all);
    summary.firstHalfAverage = meanOf(first);
    summary.secondHalfAverage = meanOf(second);
    summary.trend = trendBetween(first, second);
    return summary;
}

SpasmSummary summarizeSpasms(const QList<stats::SpasmDayTotal>& days, int periodDays) {
    SpasmSummary summary;
    QSet<QDate> spasmDays;
    QMap<QString, int> byRegion;
    for (const stats::SpasmDayTotal& total : days) {
        if (total.count <= 0)
            continue;
        summary.spasms += total.count;
        spasmDays.insert(total.day);
        byRegion[total.regionCode] += total.count;
    }
    summary.daysWithSpasms = static_cast<int>(spasmDays.size());
    summary.perWeek = periodDays > 0 ? 7.0 * summary.spasms / periodDays : 0.0;
    for (auto it = byRegion.begin(); it != byRegion.end(); ++it)
        summary.topRegions.append({it.key(), it.value()});
    std::stable_sort(summary.topRegions.begin(), summary.topRegions.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    constexpr int kTopRegions = 3;
    if (summary.topRegions.size() > kTopRegions)
        summary.topRegions.resize(kTopRegions);
    return summary;
}

} // namespace painpace
