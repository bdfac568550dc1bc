#include "trialschedule.h"

namespace painpace {

namespace {

// SplitMix64 (Steele, Lea and Flood 2014): small, fast, and fully determined by its seed.
quint64 splitMix64(quint64& state) {
    state += 0x9E3779B97F4A7C15ULL;
    quint64 z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

bool paused(const TherapyTrial& trial, const QDate& day) {
    for (const TrialPause& pause : trial.pauses) {
        if (day >= pause.from && day < pause.from.addDays(pause.days))
            return true;
    }
    return false;
}

} // namespace

QList<bool> aFirstInCycles(quint64 seed, int cycles) {
    QList<bool> order;
    quint64 state = seed;
    for (int cycle = 0; cycle < cycles; ++cycle)
        order.append((splitMix64(state) & 1U) == 0);
    return order;
}

QList<TrialPeriod> trialSchedule(const TherapyTrial& trial) {
    QList<TrialPeriod> periods;
    if (trial.baselinePeriod)
        periods.append({TrialArm::Baseline, -1, {}});
    const QList<bool> order = aFirstInCycles(trial.seed, trial.cycles);
    for (int cycle = 0; cycle < trial.cycles; ++cycle) {
        const TrialArm first = order[cycle] ? TrialArm::A : TrialArm::B;
        const TrialArm second = order[cycle] ? TrialArm::B : TrialArm::A;
        periods.append({first, cycle, {}});
        periods.append({second, cycle, {}});
    }
    QDate day = trial.startDate;
    for (TrialPeriod& period : periods) {
        while (period.days.size() < trial.periodDays) {
            if (!paused(trial, day))
                period.days.append(day);
            day = day.addDays(1);
        }
    }
    return periods;
}

std::optional<TrialDayInfo> trialDayOf(const QList<TrialPeriod>& schedule, const QDate& day) {
    int total = 0;
    std::optional<TrialDayInfo> found;
    for (qsizetype p = 0; p < schedule.size(); ++p) {
        for (const QDate& date : schedule[p].days) {
            ++total;
            if (date == day)
                found = TrialDayInfo{total, 0, p, schedule[p].arm};
        }
    }
    if (found)
        found->totalDays = total;
    return found;
}

QDate trialLastDay(const QList<TrialPeriod>& schedule) {
    return schedule.isEmpty() || schedule.last().days.isEmpty() ? QDate()
                                                                : schedule.last().days.last();
}

} // namespace painpace
