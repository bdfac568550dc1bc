#pragma once

#include "common/appliedcommand.h"
#include "pacing/pacingplan.h"
#include "pacing/pacingsession.h"

namespace painpace {

class Database;

// Adding a plan, changing one (its settings or archiving it) and recording a session, each as an
// undoable step. The Database must outlive the undo stack.
class PlanCommand : public AppliedCommand {
public:
    // `plan` gets its id. Throws ValidationError or StorageError; nothing is pushed then.
    static PlanCommand* add(const Database& database, PacingPlan& plan);
    static PlanCommand* change(const Database& database, const PacingPlan& before,
                               PacingPlan after);

protected:
    void apply() override;
    void revert() override;

private:
    PlanCommand(const Database& database, std::optional<PacingPlan> before, PacingPlan after);

    const Database& m_database;
    std::optional<PacingPlan> m_before; // nothing: the command adds the plan
    PacingPlan m_after;
};

class SessionCommand : public AppliedCommand {
public:
    static SessionCommand* record(const Database& database, PacingSession& session);

protected:
    void apply() override;
    void revert() override;

private:
    SessionCommand(const Database& database, PacingSession session);

    const Database& m_database;
    PacingSession m_session;
};

} // namespace painpace
