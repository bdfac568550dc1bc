#include "sessioncommand.h"

#include "storage/pacingrepository.h"
#include "storage/storageerror.h"

namespace painpace {

SessionCommand::SessionCommand(const Database& database, const QUuid& planUuid,
                               PacingSession session, const QString& text)
    : EditCommand(text)
    , m_database(database)
    , m_planUuid(planUuid)
    , m_session(std::move(session)) {}

void SessionCommand::apply() {
    PacingRepository pacing(m_database);
    m_session.planId = pacing.planIdOf(m_planUuid);
    if (m_session.planId == 0)
        throw StorageError(QStringLiteral("The plan of this session no longer exists."));
    pacing.putSession(m_session);
}

void SessionCommand::revert() {
    PacingRepository(m_database).removeSessionByUuid(m_session.uuid);
}

} // namespace painpace
