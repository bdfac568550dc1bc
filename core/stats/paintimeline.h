#pragma once

#include <QDate>
#include <QList>

#include <optional>

#include "diary/dailysummary.h"

namespace painpace::stats {

// The daily series of the pain-over-time chart, one entry per calendar day from `from` to `to`
// (days without entries stay empty so gaps show as gaps).
struct PainTimeline {
    QList<QDate> days;
    QList<std::optional<double>> meanPain;
    QList<std::optional<double>> rolling7; // 7-day trailing mean, from at least 4 days of data
    QList<std::optional<int>> minPain;
    QList<std::optional<int>> maxPain;
    QList<QDate> flareDays;
    int daysWithData = 0;
};

PainTimeline painTimeline(const QList<DailySummary>& summaries, const QDate& from, const QDate& to);

// A metric that can be drawn over the pain line, from the same daily summaries.
enum class DailyMetric { StiffnessMinutes, Fatigue, SleepQuality, Stress, Mood, FibroFog, Spasms };
QList<std::optional<double>> dailyMetric(const QList<DailySummary>& summaries, DailyMetric metric,
                                         const QDate& from, const QDate& to);

} // namespace painpace::stats
