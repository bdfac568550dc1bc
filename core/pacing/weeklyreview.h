#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <array>

#include "diary/dailysummary.h"
#include "diary/enumcodes.h"
#include "pacingplan.h"
#include "pacingsession.h"

namespace painpace {

// What a finished week of a plan says about the next one.
struct WeekEvidence {
    QList<QDate> flareDays;       // flares logged in the diary that week
    QList<QDate> severeFlareDays; // of those, days with pain in the severe band (7 or more)
    // Days whose session left pain 2 or more points above its before-value into the next day (a
    // rise for 20-30 minutes after a session is expected and does not count).
    QList<QDate> lingeringPainDays;
    int plannedSessions = 0;
    int sessionsDone = 0;
};

inline constexpr int kSevereFlarePain = 7;
inline constexpr int kLingeringPainRise = 2;

// A week's evidence from the diary's daily summaries (the week and the day after it) and the
// sessions of the plan.
WeekEvidence weekEvidence(const PacingPlan& plan, int week, const QList<DailySummary>& summaries,
                          const QList<PacingSession>& sessions);

enum class LevelChange { Start, Up, Hold, StepBack };

inline constexpr std::array<EnumCode<LevelChange>, 4> kLevelChangeCodes{{
    {LevelChange::Start, "start", "Start"},
    {LevelChange::Up, "up", "Up"},
    {LevelChange::Hold, "hold", "Held"},
    {LevelChange::StepBack, "back", "Stepped back"},
}};

// The level a plan is at for one week, and why, in one sentence the person sees.
struct PlanLevel {
    int week = 0;
    int level = 0;
    int amount = 0;
    LevelChange change = LevelChange::Start;
    QString reason;
    int unsettledWeeksInARow = 0; // carried to the next review

    bool operator==(const PlanLevel&) const = default;
};

// The first week: the baseline, every planned day.
PlanLevel firstLevel(const PacingPlan& plan);

// The level for the week after `previous`, from what happened in `previous`'s week:
// - steady (no flare, no lingering pain, at least half the sessions done): one level up;
// - one unsettled week (a flare or lingering pain): hold;
// - a second unsettled week in a row, or a severe flare: one level back (never below the
//   baseline), and the count of unsettled weeks starts again;
// - fewer than half the sessions done: hold, since the level was not tried.
PlanLevel reviewWeek(const PacingPlan& plan, const PlanLevel& previous,
                     const WeekEvidence& evidence);

} // namespace painpace
