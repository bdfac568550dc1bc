#include "paintimeline.h"

#include <QHash>

#include "descriptive.h"

namespace painpace::stats {

namespace {

// A week's mean needs more than half of the week to be honest.
constexpr int kRollingWindow = 7;
constexpr int kRollingMinimumDays = 4;

QHash<QDate, const DailySummary*> byDay(const QList<DailySummary>& summaries) {
    QHash<QDate, const DailySummary*> index;
    for (const DailySummary& summary : summaries)
        index.insert(summary.day, &summary);
    return index;
}

std::optional<double> metricOf(const DailySummary& day, DailyMetric metric) {
    switch (metric) {
    case DailyMetric::StiffnessMinutes:
        return day.meanStiffnessMinutes;
    case DailyMetric::Fatigue:
        return day.meanFatigue;
    case DailyMetric::SleepQuality:
        return day.meanSleepQuality;
    case DailyMetric::Stress:
        return day.meanStress;
    case DailyMetric::Mood:
        return day.meanMood;
    case DailyMetric::FibroFog:
        return day.meanFibroFog;
    case DailyMetric::Spasms:
        return static_cast<double>(day.spasmCount);
    }
    return std::nullopt;
}

} // namespace

PainTimeline painTimeline(const QList<DailySummary>& summaries, const QDate& from,
                          const QDate& to) {
    const auto index = byDay(summaries);
    PainTimeline timeline;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        timeline.days.append(day);
        const DailySummary* summary = index.value(day);
        timeline.meanPain.append(summary ? std::optional<double>(summary->meanPain) : std::nullopt);
        timeline.minPain.append(summary ? std::optional<int>(summary->minPain) : std::nullopt);
        timeline.maxPain.append(summary ? std::optional<int>(summary->maxPain) : std::nullopt);
        if (summary) {
            ++timeline.daysWithData;
            if (summary->flare)
                timeline.flareDays.append(day);
        }
    }
    timeline.rolling7 = rollingMean(timeline.meanPain, kRollingWindow, kRollingMinimumDays);
    return timeline;
}

QList<std::optional<double>> dailyMetric(const QList<DailySummary>& summaries, DailyMetric metric,
                                         const QDate& from, const QDate& to) {
    const auto index = byDay(summaries);
    QList<std::optional<double>> values;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        const DailySummary* summary = index.value(day);
        values.append(summary ? metricOf(*summary, metric) : std::nullopt);
    }
    return values;
}

QList<QPointF> sleepPainPairs(const QList<DailySummary>& summaries, bool sleepHours) {
    QList<QPointF> pairs;
    for (const DailySummary& day : summaries) {
        const std::optional<double> sleep =
            sleepHours ? (day.meanSleepMinutes ? std::optional<double>(*day.meanSleepMinutes / 60.0)
                                               : std::nullopt)
                       : day.meanSleepQuality;
        if (sleep)
            pairs.append({*sleep, day.meanPain});
    }
    return pairs;
}

} // namespace painpace::stats
