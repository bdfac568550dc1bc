#include "pacingcommands.h"

#include <QApplication>

#include "storage/pacingrepository.h"

namespace painpace {

namespace {
QString tr(const char* text) {
    return QApplication::translate("PacingCommands", text);
}
} // namespace

PlanCommand::PlanCommand(const Database& database, std::optional<PacingPlan> before,
                         PacingPlan after)
    : AppliedCommand(before ? tr("change the %1 plan").arg(after.activityName)
                            : tr("add the %1 plan").arg(after.activityName))
    , m_database(database)
    , m_before(std::move(before))
    , m_after(std::move(after)) {}

PlanCommand* PlanCommand::add(const Database& database, PacingPlan& plan) {
    auto* command = appliedOrDiscarded(new PlanCommand(database, std::nullopt, plan));
    plan = command->m_after;
    return command;
}

PlanCommand* PlanCommand::change(const Database& database, const PacingPlan& before,
                                 PacingPlan after) {
    return appliedOrDiscarded(new PlanCommand(database, before, std::move(after)));
}

void PlanCommand::apply() {
    if (!m_before)
        m_after.id = 0; // added again after an undo: a fresh row with the same uuid
    PacingRepository(m_database).savePlan(m_after);
}

void PlanCommand::revert() {
    if (m_before)
        PacingRepository(m_database).savePlan(*m_before);
    else
        PacingRepository(m_database).removePlan(m_after.id);
}

SessionCommand::SessionCommand(const Database& database, PacingSession session)
    : AppliedCommand(tr("record a session"))
    , m_database(database)
    , m_session(std::move(session)) {}

SessionCommand* SessionCommand::record(const Database& database, PacingSession& session) {
    auto* command = appliedOrDiscarded(new SessionCommand(database, session));
    session = command->m_session;
    return command;
}

void SessionCommand::apply() {
    m_session.id = 0;
    PacingRepository(m_database).saveSession(m_session);
}

void SessionCommand::revert() {
    PacingRepository(m_database).removeSession(m_session.id);
}

} // namespace painpace
