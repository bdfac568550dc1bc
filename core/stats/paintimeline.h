#pragma once

#include <QDate>
#include <QList>
#include <QPointF>

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

// Sleep against the pain of the day after it: a check-in records the night just slept, so a
// day's sleep value pairs with that same day's mean pain. x is sleep quality (0-10) or hours.
QList<QPointF> sleepPainPairs(const QList<DailySummary>& summaries, bool sleepHours);

// Correlations need this many pairs before PainPace shows one (issue rule, not a statistical law).
inline constexpr int kMinimumSleepPairs = 14;

} // namespace painpace::stats
