#pragma once

#include <QDate>
#include <QTime>
#include <QUuid>

#include <optional>

#include "baseline.h"
#include "pacingactivity.h"

namespace painpace {

// A pacing plan for one activity: where it starts, how it grows, and when it is done.
struct PacingPlan {
    qint64 id = 0; // 0 until stored
    QUuid uuid;
    QString activityCode; // a built-in code, or "own.<n>" for the person's own activity
    QString activityName;
    AmountUnit unit = AmountUnit::Minutes;
    BaselineInputs baseline;
    int weeklyIncreasePercent = 10; // 5-20
    QDate startDate;                // the first day of week 1
    QList<int> weekdays;            // 1 = Monday … 7 = Sunday, ascending, at least one
    QTime time{9, 0};               // when sessions are planned
    std::optional<int> boutLimit;   // the most done in one go; longer sessions are split
    int restMinutes = 2;            // between bouts
    bool archived = false;

    bool operator==(const PacingPlan&) const = default;
};

inline constexpr int kDefaultWeeklyIncrease = 10;
inline constexpr int kMinimumWeeklyIncrease = 5;
inline constexpr int kMaximumWeeklyIncrease = 20;

// Throws ValidationError with every problem found, by field ("activityName", "baseline",
// "weeklyIncreasePercent", "startDate", "weekdays", "boutLimit", "restMinutes").
void validatePacingPlan(const PacingPlan& plan);

// The amount of a level: level 0 is the baseline rounded for the unit; each level above adds the
// weekly increase to the level below and rounds again, and is at least one unit step more.
int levelAmount(const PacingPlan& plan, int level);

// Is `day` a planned day of the plan (on or after its start, on one of its weekdays)?
bool isPlannedDay(const PacingPlan& plan, const QDate& day);
QList<QDate> plannedDays(const PacingPlan& plan, const QDate& from, const QDate& to);

// The week of the plan a day falls in (0 = the first), or -1 before the start.
int planWeekOf(const PacingPlan& plan, const QDate& day);
QDate planWeekStart(const PacingPlan& plan, int week);

// A session split into bouts no longer than the plan's limit, as even as whole units allow
// (13 min with a limit of 5: 5, 4 and 4). One bout when there is no limit or it fits.
QList<int> splitIntoBouts(int amount, std::optional<int> boutLimit, AmountUnit unit);

} // namespace painpace
