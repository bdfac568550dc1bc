#include "restorecommand.h"

namespace painpace {

RestoreCommand::RestoreCommand(const Database& database, DiaryDocument backup, const QString& text)
    : EditCommand(text)
    , m_database(database)
    , m_backup(std::move(backup)) {}

void RestoreCommand::apply() {
    // What the diary holds is read in the same transaction each time: after an undo that is
    // exactly what the first apply found.
    m_changes = DiaryRestorer(m_database).replaceWith(m_backup, &m_before);
}

void RestoreCommand::revert() {
    m_changes = DiaryRestorer(m_database).replaceWith(m_before);
}

} // namespace painpace
