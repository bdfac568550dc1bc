#pragma once

#include "editcommand.h"
#include "exchange/diarydocument.h"
#include "storage/diaryrestorer.h"

namespace painpace {

class Database;

// A restore from backup on the undo stack (docs/architecture.md, "Restoring a backup"). Apply makes
// the diary's records those of the backup and keeps what they were; undo makes them that again.
// Both address records by uuid, and only what differs is written.
class RestoreCommand final : public EditCommand {
public:
    // `firstChanges` receives what the first apply changed. When that is nothing, the command
    // marks itself obsolete and the stack drops it: there is no step to undo.
    RestoreCommand(const Database& database, DiaryDocument backup, const QString& text,
                   RestoreChanges* firstChanges);

protected:
    void apply() override;
    void revert() override;

private:
    const Database& m_database;
    DiaryDocument m_backup;
    DiaryDocument m_before;         // what the diary held when the backup was last put in
    RestoreChanges* m_firstChanges; // null after the first apply
};

} // namespace painpace
