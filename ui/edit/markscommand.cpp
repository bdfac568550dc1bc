#include "markscommand.h"

#include "checkincomposition.h"
#include "storage/checkinrepository.h"
#include "storage/storageerror.h"

namespace painpace {

MarksCommand::MarksCommand(const Database& database, CheckInComposition* composition,
                           const QUuid& uuid, QList<PainMark> before, QList<PainMark> after,
                           const QString& text)
    : EditCommand(text)
    , m_database(database)
    , m_composition(composition)
    , m_uuid(uuid)
    , m_before(std::move(before))
    , m_after(std::move(after)) {}

void MarksCommand::hold(const QList<PainMark>& marks) {
    if (m_composition && m_composition->uuid() == m_uuid) {
        m_composition->setMarks(marks);
        return;
    }
    CheckInRepository repository(m_database);
    std::optional<CheckIn> stored = repository.findByUuid(m_uuid);
    if (!stored)
        throw StorageError(
            tr("These marks belonged to a check-in that is no longer in the diary."));
    stored->marks = marks;
    repository.put(*stored);
}

} // namespace painpace
