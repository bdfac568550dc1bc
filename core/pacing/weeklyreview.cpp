#include "weeklyreview.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace painpace {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("WeeklyReview", text);
}

QString dayName(const QDate& day) {
    return QLocale().dayName(day.dayOfWeek(), QLocale::LongFormat);
}

// Why a week was unsettled, naming its first day of trouble.
QString troubleOf(const WeekEvidence& evidence) {
    if (!evidence.flareDays.isEmpty())
        return tr("flare on %1").arg(dayName(evidence.flareDays.first()));
    return tr("pain stayed 2 or more points higher the day after %1's session")
        .arg(dayName(evidence.lingeringPainDays.first()));
}

} // namespace

WeekEvidence weekEvidence(const PacingPlan& plan, int week, const QList<DailySummary>& summaries,
                          const QList<PacingSession>& sessions) {
    WeekEvidence evidence;
    const QDate first = planWeekStart(plan, week);
    const QDate last = first.addDays(6);
    QHash<QDate, const DailySummary*> byDay;
    for (const DailySummary& summary : summaries) {
        byDay.insert(summary.day, &summary);
        if (summary.day < first || summary.day > last || !summary.flare)
            continue;
        evidence.flareDays.append(summary.day);
        if (summary.maxPain >= kSevereFlarePain)
            evidence.severeFlareDays.append(summary.day);
    }
    evidence.plannedSessions = static_cast<int>(plannedDays(plan, first, last).size());
    QList<QDate> doneDays;
    for (const PacingSession& session : sessions) {
        if (session.planId != plan.id || session.plannedDay < first || session.plannedDay > last)
            continue;
        if (session.doneAmount > 0 && !doneDays.contains(session.plannedDay))
            doneDays.append(session.plannedDay);
        if (!session.painBefore)
            continue;
        const int limit = *session.painBefore + kLingeringPainRise;
        const DailySummary* nextDay = byDay.value(session.plannedDay.addDays(1));
        const bool highAfter = !session.painAfter || *session.painAfter >= limit;
        if (highAfter && nextDay && nextDay->meanPain >= limit &&
            !evidence.lingeringPainDays.contains(session.plannedDay))
            evidence.lingeringPainDays.append(session.plannedDay);
    }
    evidence.sessionsDone = static_cast<int>(doneDays.size());
    std::sort(evidence.lingeringPainDays.begin(), evidence.lingeringPainDays.end());
    return evidence;
}

PlanLevel firstLevel(const PacingPlan& plan) {
    PlanLevel level;
    level.amount = levelAmount(plan, 0);
    level.reason = tr("Started at %1, the baseline.").arg(amountText(level.amount, plan.unit));
    return level;
}

PlanLevel reviewWeek(const PacingPlan& plan, const PlanLevel& previous,
                     const WeekEvidence& evidence) {
    PlanLevel next;
    next.week = previous.week + 1;
    const bool unsettled = !evidence.flareDays.isEmpty() || !evidence.lingeringPainDays.isEmpty();
    const bool severe = !evidence.severeFlareDays.isEmpty();
    auto settle = [&](int level, LevelChange change, const QString& reason) {
        next.level = level;
        next.amount = levelAmount(plan, level);
        next.change = change;
        next.reason = reason.arg(amountText(next.amount, plan.unit));
        return next;
    };
    if (severe || (unsettled && previous.unsettledWeeksInARow >= 1)) {
        const QString why =
            severe ? tr("severe flare on %1").arg(dayName(evidence.severeFlareDays.first()))
                   : tr("a second unsettled week in a row (%1)").arg(troubleOf(evidence));
        next.unsettledWeeksInARow = 0;
        if (previous.level == 0)
            return settle(0, LevelChange::Hold, tr("Stayed at the baseline, %1: ") + why + u'.');
        return settle(previous.level - 1, LevelChange::StepBack, tr("Back to %1: ") + why + u'.');
    }
    if (unsettled) {
        next.unsettledWeeksInARow = previous.unsettledWeeksInARow + 1;
        return settle(previous.level, LevelChange::Hold,
                      tr("Held at %1: ") + troubleOf(evidence) + u'.');
    }
    if (evidence.sessionsDone * 2 < evidence.plannedSessions)
        return settle(previous.level, LevelChange::Hold,
                      // One pass, so the %1 put back stays for the amount.
                      tr("Held at %1: %2 of %3 sessions done last week.")
                          .arg(QStringLiteral("%1"), QString::number(evidence.sessionsDone),
                               QString::number(evidence.plannedSessions)));
    return settle(previous.level + 1, LevelChange::Up, tr("Up to %1: a steady week."));
}

} // namespace painpace
