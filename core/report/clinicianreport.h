#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

#include "bodymap/regionpainstats.h"
#include "diary/dailysummary.h"
#include "diary/redflag.h"
#include "pacing/pacingplan.h"
#include "questionnaires/acr2016.h"
#include "questionnaires/fiqr.h"
#include "stats/exposureeffects.h"
#include "stats/spasmperiods.h"
#include "trials/trialanalysis.h"

namespace painpace {

// Which way pain went over the period: the mean of its second half against its first, judged by
// the NRS rule of domain.md (at least 1 point and about 30% of where it started).
enum class PainTrend { NotEnoughData, Better, Worse, AboutTheSame };

struct PainSummary {
    int daysWithEntries = 0;
    int checkIns = 0;
    std::optional<double> average; // mean of the daily means
    std::optional<int> worst;      // the highest single score
    std::optional<double> firstHalfAverage;
    std::optional<double> secondHalfAverage;
    PainTrend trend = PainTrend::NotEnoughData;
    int severeDays = 0; // days whose mean is 7 or more
};

struct SpasmSummary {
    int spasms = 0;
    int daysWithSpasms = 0;
    double perWeek = 0.0;                  // spasms per 7 days of the period
    QList<QPair<QString, int>> topRegions; // region code → spasms, most first (up to 3)
};

// A mean of a daily value over the days that have it.
struct DailyMean {
    std::optional<double> mean;
    int days = 0;
};

struct QuestionnaireScores {
    std::optional<QDate> acrDay;
    Acr2016Result acr;
    std::optional<QDate> fiqrDay;
    std::optional<FiqrResult> fiqr;
};

struct ExposureUse {
    QString code;
    QString name;
    int days = 0; // days in the period it was recorded
};

struct PacingProgress {
    PacingPlan plan;
    int startAmount = 0;
    int currentAmount = 0; // the level on the last day of the period
    int sessionsDone = 0;  // in the period
    int sessionsPlanned = 0;
};

struct TrialReport {
    TherapyTrial trial;
    TrialResult result;
};

struct RedFlagEntry {
    QDate day;
    QList<RedFlag> flags;
};

// One row of the day-by-day table.
struct ReportDay {
    DailySummary summary;
    QStringList triggers;  // names
    QStringList therapies; // names
};

// Everything the clinician summary shows for a period, computed from the diary. Built by
// buildClinicianReport (storage) and drawn by the UI's report writer.
struct ClinicianReport {
    QDate from;
    QDate to;
    PainSummary pain;
    QList<RegionPainStats> regions; // where it hurt, most days first
    SpasmSummary spasms;
    DailyMean stiffnessMinutes;
    DailyMean sleepHours;
    DailyMean sleepQuality;
    DailyMean fatigue;
    QuestionnaireScores questionnaires;
    QList<QDate> flareDays;
    QList<stats::ExposureEffect> triggersWithHigherPain; // same day, up to 3, largest first
    QHash<QString, QString> names;                       // trigger and therapy code → name
    QList<ExposureUse> therapiesUsed;                    // most days first
    QList<PacingProgress> pacing;
    QList<TrialReport> trials;
    QList<RedFlagEntry> redFlags;
    QList<ReportDay> days; // days with entries, oldest first

    int periodDays() const { return from.daysTo(to) + 1; }
};

// The pain figures of a period from its daily summaries (pure; tested with exact numbers).
PainSummary summarizePain(const QList<DailySummary>& days, const QDate& from, const QDate& to);
SpasmSummary summarizeSpasms(const QList<stats::SpasmDayTotal>& days, int periodDays);

} // namespace painpace
