#pragma once

#include "diary/checkin.h"

#include <optional>
#include <QUndoCommand>

namespace painpace {

class Database;

// Any change to one check-in as an undoable step, by its state before and after. Undo stores the
// before state again (or deletes the entry when there was none); redo stores the after state.
// Like SaveCheckInCommand, the change is applied before the command is pushed, so the first
// redo() does nothing and errors reach the caller. The Database must outlive the undo stack.
class EditCheckInCommand : public QUndoCommand {
public:
    EditCheckInCommand(const Database& database, std::optional<CheckIn> before, CheckIn after,
                       const QString& text);

    // Applies the change (validating it in the core) and returns the command to push.
    // Throws ValidationError or StorageError; nothing is stored then.
    static EditCheckInCommand* apply(const Database& database, std::optional<CheckIn> before,
                                     CheckIn after, const QString& text);

    void redo() override;
    void undo() override;

    const CheckIn& after() const { return m_after; }

private:
    void store(CheckIn& state);
    void guarded(void (EditCheckInCommand::*step)());
    void redoStep();
    void undoStep();

    const Database& m_database;
    std::optional<CheckIn> m_before;
    CheckIn m_after;
    bool m_firstRedo = true;
};

} // namespace painpace
