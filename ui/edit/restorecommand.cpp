#include "restorecommand.h"

#include <utility>

namespace painpace {

RestoreCommand::RestoreCommand(const Database& database, DiaryDocument backup, const QString& text,
                               RestoreChanges* firstChanges)
    : EditCommand(text)
    , m_database(database)
    , m_backup(std::move(backup))
    , m_firstChanges(firstChanges) {}

void RestoreCommand::apply() {
    // What the diary holds is read in the same transaction each time: after an undo that is
    // exactly what the first apply found.
    const RestoreChanges changes = DiaryRestorer(m_database).replaceWith(m_backup, &m_before);
    if (m_firstChanges) {
        *std::exchange(m_firstChanges, nullptr) = changes;
        setObsolete(changes.isEmpty());
    }
}

void RestoreCommand::revert() {
    DiaryRestorer(m_database).replaceWith(m_before);
}

} // namespace painpace
