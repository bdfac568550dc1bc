#pragma once

#include <QDate>
#include <QList>

#include <optional>

#include "pacing/pacingplan.h"
#include "pacing/pacingsession.h"
#include "pacing/weeklyreview.h"

namespace painpace {

class Database;

// Pacing plans, their reviewed weeks and their sessions. Every write is one transaction and is
// announced by DiaryNotifier::pacingChanged after it commits.
class PacingRepository {
public:
    explicit PacingRepository(const Database& database);

    // Stores a new plan (id 0; gets an id, a uuid and its first week at the baseline) or updates
    // one. Throws ValidationError for an invalid plan, StorageError when the database fails.
    void savePlan(PacingPlan& plan);
    // Stores a plan from another diary as it was there: with the levels its weeks were given
    // (the baseline week alone when there are none). Same errors as savePlan.
    void importPlan(PacingPlan& plan, const QList<PlanLevel>& levels);
    // Removes a plan with its weeks and sessions (to undo creating it).
    void removePlan(qint64 id);
    // By uuid, for undo and redo: the plan with that uuid is replaced, or added (with its first
    // level) when the diary has none.
    void putPlan(PacingPlan& plan);
    void removePlanByUuid(const QUuid& uuid);
    void setArchived(qint64 id, bool archived);
    std::optional<PacingPlan> plan(qint64 id) const;
    // The id of the plan with this uuid, or 0 when the diary has none.
    qint64 planIdOf(const QUuid& uuid) const;
    // Plans by start day, archived ones only when asked for.
    QList<PacingPlan> plans(bool includeArchived = false) const;

    // Reviews every week of the plan that has ended by `today` and is not reviewed yet, from
    // the diary and the sessions, and stores the levels with their reasons. Returns every week
    // reviewed so far. A stored week is never reviewed again: what the person was told stays.
    QList<PlanLevel> reviewDueWeeks(qint64 planId, const QDate& today);
    QList<PlanLevel> levels(qint64 planId) const;
    // The level of the plan on `day`: its week's, or the last reviewed one.
    std::optional<PlanLevel> levelOn(qint64 planId, const QDate& day) const;

    void saveSession(PacingSession& session);
    void removeSession(qint64 id);
    // By uuid, for undo and redo; the session's planId must name the plan's current row.
    void putSession(PacingSession& session);
    void removeSessionByUuid(const QUuid& uuid);
    // Sessions of one plan (or of every plan with planId 0) planned in [from, to], by day.
    QList<PacingSession> sessions(qint64 planId, const QDate& from, const QDate& to) const;

private:
    void insertPlan(PacingPlan& plan);
    void insertLevel(qint64 planId, const PlanLevel& level);

    const Database& m_database;
};

} // namespace painpace
