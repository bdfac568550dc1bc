#include "trialanalysis.h"

#include <cmath>

#include "stats/studentt.h"

namespace painpace {

std::optional<double> outcomeOf(const DailySummary& day, TrialOutcome outcome) {
    switch (outcome) {
    case TrialOutcome::Pain:
        return day.checkIns > 0 ? std::optional(day.meanPain) : std::nullopt;
    case TrialOutcome::Spasms:
        return static_cast<double>(day.spasmCount);
    case TrialOutcome::StiffnessMinutes:
        return day.meanStiffnessMinutes;
    case TrialOutcome::SleepQuality:
        return day.meanSleepQuality;
    case TrialOutcome::Fatigue:
        return day.meanFatigue;
    }
    return std::nullopt;
}

int carryOverDays(int periodDays) {
    return periodDays >= 14 ? 2 : 1;
}

namespace {

// The mean of a period's days that count, and how many were used or left out.
std::optional<double> periodMean(const QList<TrialPeriod>& schedule, qsizetype index, int carryOver,
                                 const QHash<QDate, TrialDayRecord>& days,
                                 const TrialAnalysisOptions& options, TrialResult& result) {
    const TrialPeriod& period = schedule[index];
    const bool switched = index > 0 && schedule[index - 1].arm != period.arm;
    double sum = 0.0;
    int used = 0;
    for (qsizetype d = 0; d < period.days.size(); ++d) {
        const TrialDayRecord record = days.value(period.days[d]);
        if (record.followed == false)
            ++result.daysNotFollowed;
        if (!record.outcome)
            continue;
        const bool carried = switched && d < carryOver;
        if ((options.dropCarryOver && carried) ||
            (options.dropNotFollowed && record.followed == false)) {
            ++result.daysLeftOut;
            continue;
        }
        sum += *record.outcome;
        ++used;
    }
    result.daysWithData += used;
    return used > 0 ? std::optional(sum / used) : std::nullopt;
}

double meanOf(const QList<double>& values) {
    double sum = 0.0;
    for (double value : values)
        sum += value;
    return sum / static_cast<double>(values.size());
}

double randomizationP(const QList<double>& improvements) {
    const double observed = std::abs(meanOf(improvements));
    const auto n = improvements.size();
    int asExtreme = 0;
    const int orders = 1 << n;
    for (int signs = 0; signs < orders; ++signs) {
        double sum = 0.0;
        for (qsizetype i = 0; i < n; ++i)
            sum += (signs & (1 << i)) ? -improvements[i] : improvements[i];
        if (std::abs(sum / static_cast<double>(n)) >= observed - 1e-12)
            ++asExtreme;
    }
    return static_cast<double>(asExtreme) / orders;
}

void summarise(TrialResult& result, double meaningful) {
    const QList<double>& d = result.improvements;
    const auto n = static_cast<double>(d.size());
    result.meanImprovement = meanOf(d);
    double squares = 0.0;
    for (double value : d)
        squares += (value - result.meanImprovement) * (value - result.meanImprovement);
    const double sd = std::sqrt(squares / (n - 1.0));
    const double se = sd / std::sqrt(n);
    result.randomizationP = randomizationP(d);
    if (se == 0.0) { // every cycle gave the same improvement
        result.low = result.high = result.meanImprovement;
        result.probabilityMeaningful = result.meanImprovement >= meaningful ? 1.0 : 0.0;
        return;
    }
    const double t = stats::studentTQuantile(0.975, n - 1.0);
    result.low = result.meanImprovement - t * se;
    result.high = result.meanImprovement + t * se;
    result.probabilityMeaningful =
        1.0 - stats::studentTCdf((meaningful - result.meanImprovement) / se, n - 1.0);
}

} // namespace

TrialResult analyseTrial(const TherapyTrial& trial, const QList<TrialPeriod>& schedule,
                         const QHash<QDate, TrialDayRecord>& days,
                         const TrialAnalysisOptions& options) {
    TrialResult result;
    const int carryOver = carryOverDays(trial.periodDays);
    for (qsizetype p = 0; p < schedule.size(); ++p)
        result.periodMeans.append(periodMean(schedule, p, carryOver, days, options, result));
    const double direction = higherIsBetter(trial.outcome) ? 1.0 : -1.0;
    for (int cycle = 0; cycle < trial.cycles; ++cycle) {
        std::optional<double> a;
        std::optional<double> b;
        for (qsizetype p = 0; p < schedule.size(); ++p) {
            if (schedule[p].cycle != cycle)
                continue;
            (schedule[p].arm == TrialArm::A ? a : b) = result.periodMeans[p];
        }
        if (a && b)
            result.improvements.append(direction * (*a - *b));
    }
    result.enough = result.improvements.size() >= kFewestPairedCycles;
    if (result.enough)
        summarise(result, trial.meaningfulDifference);
    return result;
}

} // namespace painpace
