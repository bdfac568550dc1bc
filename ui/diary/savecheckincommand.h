#pragma once

#include "diary/checkin.h"

#include <QUndoCommand>

namespace painpace {

class Database;

// Records that a new check-in was saved, so it can be undone: undo deletes it, redo stores it
// again with the same uuid. The entry is saved *before* the command is pushed (errors surface to
// the caller, and the stack only ever holds work that happened); the first redo() is a no-op.
// The Database must outlive the undo stack: the main window clears the stack before it closes a
// diary.
class SaveCheckInCommand : public QUndoCommand {
public:
    SaveCheckInCommand(const Database& database, CheckIn savedCheckIn);

    void redo() override;
    void undo() override;

private:
    void runReportingFailure(void (SaveCheckInCommand::*step)());
    void store();
    void erase();

    const Database& m_database;
    CheckIn m_checkIn;
    bool m_firstRedo = true;
};

} // namespace painpace
