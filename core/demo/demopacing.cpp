#include "demopacing.h"

#include "demorandom.h"
#include "storage/checkinrepository.h"
#include "storage/diarysettings.h"
#include "storage/pacingrepository.h"

namespace painpace {

DemoPacing generateDemoPacing(const DemoOptions& options) {
    DemoPacing demo;
    PacingPlan& plan = demo.plan;
    plan.activityCode = QStringLiteral("walking");
    plan.activityName = QStringLiteral("Walking");
    plan.baseline = {BaselineMethod::Measured, {10, 12, 8}};
    const QDate eightWeeksAgo = options.lastDay.addDays(-56);
    plan.startDate = eightWeeksAgo.addDays(1 - eightWeeksAgo.dayOfWeek()); // a Monday
    plan.weekdays = {1, 3, 5};
    plan.time = QTime(10, 30);
    plan.boutLimit = 5;
    DemoRandom random(options.seed + 6);
    for (const QDate& day : plannedDays(plan, plan.startDate, options.lastDay.addDays(-1))) {
        if (random.chance(0.12))
            continue; // a missed day
        PacingSession session;
        session.plannedDay = day;
        session.started = DiaryMoment::fromLocal(QDateTime(day, plan.time));
        session.plannedAmount = levelAmount(plan, 0); // the reviewed level replaces it
        const bool boom = random.chance(0.08);
        session.doneAmount = boom ? session.plannedAmount * 2 : session.plannedAmount;
        session.painBefore = random.between(3, 5);
        session.painAfter = std::min(10, *session.painBefore + (boom ? 3 : 1));
        session.exertion = boom ? 7 : 3;
        demo.sessions.append(session);
    }
    return demo;
}

int writeDemoDiary(const Database& database, const DemoOptions& options) {
    // Marked first: a window opened on it says it is the demo, even if writing is cut short.
    DiarySettings(database).markAsDemo();
    QList<CheckIn> entries = generateDemoDiary(options);
    CheckInRepository(database).saveAll(entries);
    DemoPacing pacing = generateDemoPacing(options);
    PacingRepository repository(database);
    repository.savePlan(pacing.plan);
    // Week by week, as it would have happened: each week is reviewed before its sessions, which
    // then ask for the level the review gave (and sometimes get twice that).
    for (PacingSession& session : pacing.sessions) {
        const int share = session.doneAmount / session.plannedAmount;
        repository.reviewDueWeeks(pacing.plan.id, session.plannedDay);
        session.planId = pacing.plan.id;
        session.plannedAmount = repository.levelOn(pacing.plan.id, session.plannedDay)->amount;
        session.doneAmount = share * session.plannedAmount;
        repository.saveSession(session);
    }
    return static_cast<int>(entries.size());
}

} // namespace painpace
