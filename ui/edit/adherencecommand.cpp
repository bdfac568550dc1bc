#include "adherencecommand.h"

#include "storage/storageerror.h"
#include "storage/trialrepository.h"

namespace painpace {

AdherenceCommand::AdherenceCommand(const Database& database, const QUuid& trialUuid,
                                   const QDate& day, std::optional<bool> before, bool followed,
                                   const QString& text)
    : EditCommand(text)
    , m_database(database)
    , m_trialUuid(trialUuid)
    , m_day(day)
    , m_before(before)
    , m_followed(followed) {}

qint64 AdherenceCommand::trialId() const {
    const qint64 id = TrialRepository(m_database).idOf(m_trialUuid);
    if (id == 0)
        throw StorageError(QStringLiteral("The trial of this answer no longer exists."));
    return id;
}

void AdherenceCommand::apply() {
    TrialRepository(m_database).setFollowed(trialId(), m_day, m_followed);
}

void AdherenceCommand::revert() {
    if (m_before)
        TrialRepository(m_database).setFollowed(trialId(), m_day, *m_before);
    else
        TrialRepository(m_database).clearFollowed(trialId(), m_day);
}

} // namespace painpace
