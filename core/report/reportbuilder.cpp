#include "reportbuilder.h"

#include <QCoreApplication>

#include <algorithm>

#include "storage/cataloguerepository.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/exposurerepository.h"
#include "storage/markstatisticsrepository.h"
#include "storage/pacingrepository.h"
#include "storage/questionnairerepository.h"
#include "storage/readsnapshot.h"
#include "storage/spasmstatisticsrepository.h"
#include "storage/trialrepository.h"
#include "storage/wholediarycheck.h"
#include "trials/trialschedule.h"

namespace painpace {

namespace {

template <typename Value> DailyMean dailyMean(const QList<DailySummary>& days, Value&& value) {
    DailyMean result;
    double sum = 0.0;
    for (const DailySummary& day : days) {
        if (const std::optional<double> v = value(day)) {
            sum += *v;
            ++result.days;
        }
    }
    if (result.days > 0)
        result.mean = sum / result.days;
    return result;
}

QuestionnaireScores latestScores(const Database& database, const QDate& to) {
    QuestionnaireScores scores;
    for (const QuestionnaireRecord& record : QuestionnaireRepository(database).history()) {
        if (record.moment.localDay > to)
            continue;
        if (record.isAcr2016() && !scores.acrDay) {
            scores.acrDay = record.moment.localDay;
            scores.acr = scoreAcr2016(std::get<Acr2016Answers>(record.answers));
        } else if (!record.isAcr2016() && !scores.fiqrDay) {
            scores.fiqrDay = record.moment.localDay;
            scores.fiqr = scoreFiqr(std::get<FiqrAnswers>(record.answers));
        }
    }
    return scores;
}

QHash<QString, QString> catalogueNames(const Database& database) {
    QHash<QString, QString> names;
    const CatalogueRepository catalogue(database);
    for (const TriggerDefinition& trigger : catalogue.triggers())
        names.insert(trigger.code, trigger.name);
    for (const TherapyDefinition& therapy : catalogue.therapies())
        names.insert(therapy.code, therapy.name);
    return names;
}

void addExposures(ClinicianReport& report, const Database& database) {
    const ExposureRepository exposures(database);
    const auto triggerDays =
        exposures.days(ExposureRepository::Source::Triggers, report.from, report.to);
    QList<stats::ExposureEffect>& higher = report.triggersWithHigherPain;
    for (const stats::ExposureEffect& effect : stats::exposureEffects(triggerDays, 0)) {
        if (effect.difference.difference > 0)
            higher.append(effect);
    }
    std::stable_sort(higher.begin(), higher.end(), [](const auto& a, const auto& b) {
        return a.difference.difference > b.difference.difference;
    });
    constexpr int kTopTriggers = 3;
    if (higher.size() > kTopTriggers)
        higher.resize(kTopTriggers);

    const auto therapyDays =
        exposures.days(ExposureRepository::Source::Therapies, report.from, report.to);
    QHash<QString, int> used;
    QHash<QDate, QPair<QStringList, QStringList>> named;
    for (const stats::ExposureDay& day : therapyDays) {
        for (const QString& code : day.exposures) {
            ++used[code];
            named[day.day].second.append(report.names.value(code, code));
        }
    }
    for (const stats::ExposureDay& day : triggerDays) {
        for (const QString& code : day.exposures)
            named[day.day].first.append(report.names.value(code, code));
    }
    for (auto it = used.begin(); it != used.end(); ++it)
        report.therapiesUsed.append({it.key(), report.names.value(it.key(), it.key()), it.value()});
    std::sort(report.therapiesUsed.begin(), report.therapiesUsed.end(),
              [](const ExposureUse& a, const ExposureUse& b) {
                  return a.days != b.days ? a.days > b.days : a.name < b.name;
              });
    for (ReportDay& day : report.days) {
        day.triggers = named.value(day.summary.day).first;
        day.therapies = named.value(day.summary.day).second;
        day.triggers.sort();
        day.therapies.sort();
    }
}

void addPacing(ClinicianReport& report, const Database& database) {
    const PacingRepository pacing(database);
    for (const PacingPlan& plan : pacing.plans(true)) {
        if (plan.startDate > report.to)
            continue;
        const QList<PlanLevel> levels = pacing.levels(plan.id);
        const auto current = pacing.levelOn(plan.id, report.to);
        if (levels.isEmpty() || !current)
            continue;
        PacingProgress progress{plan, levels.first().amount, current->amount, 0, 0};
        for (const PacingSession& session : pacing.sessions(plan.id, report.from, report.to)) {
            if (session.doneAmount > 0)
                ++progress.sessionsDone;
        }
        progress.sessionsPlanned = static_cast<int>(
            plannedDays(plan, std::max(report.from, plan.startDate), report.to).size());
        if (progress.sessionsPlanned > 0 || progress.sessionsDone > 0)
            report.pacing.append(progress);
    }
}

void addTrials(ClinicianReport& report, const Database& database) {
    const TrialRepository trials(database);
    QList<TherapyTrial> all = trials.trials();
    std::reverse(all.begin(), all.end());
    for (const TherapyTrial& trial : all) {
        const QList<TrialPeriod> schedule = trialSchedule(trial);
        if (trial.startDate > report.to || trialLastDay(schedule) < report.from)
            continue;
        const auto days = trials.dayRecords(trial, schedule, trial.outcome);
        report.trials.append({trial, analyseTrial(trial, schedule, days)});
    }
}

void addRedFlags(ClinicianReport& report, const Database& database) {
    for (const CheckIn& checkIn : CheckInRepository(database).between(report.from, report.to)) {
        if (checkIn.redFlags.isEmpty())
            continue;
        if (report.redFlags.isEmpty() || report.redFlags.last().day != checkIn.moment.localDay)
            report.redFlags.append({checkIn.moment.localDay, {}});
        for (RedFlag flag : checkIn.redFlags) {
            if (!report.redFlags.last().flags.contains(flag))
                report.redFlags.last().flags.append(flag);
        }
    }
}

} // namespace

ClinicianReport buildClinicianReport(const Database& database, const QDate& from, const QDate& to) {
    const ReadSnapshot snapshot(database.connection());
    WholeDiaryCheck::require(database,
                             QCoreApplication::translate("ClinicianReport", "made no report"));
    ClinicianReport report;
    report.from = from;
    report.to = to;
    const QList<DailySummary> summaries = CheckInRepository(database).dailySummaries(from, to);
    report.pain = summarizePain(summaries, from, to);
    for (const DailySummary& day : summaries) {
        report.days.append({day, {}, {}});
        if (day.flare)
            report.flareDays.append(day.day);
    }
    report.regions = MarkStatisticsRepository(database).regionStats(from, to);
    std::stable_sort(report.regions.begin(), report.regions.end(),
                     [](const RegionPainStats& a, const RegionPainStats& b) {
                         return a.daysAffected > b.daysAffected;
                     });
    report.spasms = summarizeSpasms(SpasmStatisticsRepository(database).spasmDays(from, to),
                                    report.periodDays());
    report.stiffnessMinutes =
        dailyMean(summaries, [](const DailySummary& d) { return d.meanStiffnessMinutes; });
    report.sleepHours = dailyMean(summaries, [](const DailySummary& d) {
        return d.meanSleepMinutes ? std::optional<double>(*d.meanSleepMinutes / 60.0)
                                  : std::nullopt;
    });
    report.sleepQuality =
        dailyMean(summaries, [](const DailySummary& d) { return d.meanSleepQuality; });
    report.fatigue = dailyMean(summaries, [](const DailySummary& d) { return d.meanFatigue; });
    report.questionnaires = latestScores(database, to);
    report.names = catalogueNames(database);
    addExposures(report, database);
    addPacing(report, database);
    addTrials(report, database);
    addRedFlags(report, database);
    return report;
}

} // namespace painpace
