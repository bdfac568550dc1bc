#pragma once

#include <QUuid>

#include "editcommand.h"
#include "pacing/pacingsession.h"

namespace painpace {

class Database;

// Recording a pacing session. The session names its plan by the plan's uuid, looked up at each
// redo, so it still lands on the right plan after that plan was taken out and stored again.
class SessionCommand final : public EditCommand {
public:
    SessionCommand(const Database& database, const QUuid& planUuid, PacingSession session,
                   const QString& text);
    const PacingSession& session() const { return m_session; }

protected:
    void apply() override;
    void revert() override;

private:
    const Database& m_database;
    QUuid m_planUuid;
    PacingSession m_session;
};

} // namespace painpace
