#pragma once

#include <QUndoCommand>

#include <optional>

#include "diary/checkin.h"

namespace painpace {

class Database;

// Any change to one check-in as an undoable step, by its state before and after: no "before"
// means it was added, no "after" means it was deleted. Undo stores the before state again,
// redo the after state; an entry that comes back keeps its uuid and everything it held.
// The change is applied before the command is pushed, so the first redo() does nothing and
// errors reach the caller. The Database must outlive the undo stack.
class EditCheckInCommand : public QUndoCommand {
public:
    // Applies the change (validating it in the core) and returns the command to push.
    // Throws ValidationError or StorageError; nothing is stored then.
    static EditCheckInCommand* apply(const Database& database, std::optional<CheckIn> before,
                                     CheckIn after, const QString& text);
    static EditCheckInCommand* remove(const Database& database, CheckIn entry, const QString& text);
    // Stores a copy of `entry` as a new check-in made now (a new identity, same contents).
    static EditCheckInCommand* duplicateToNow(const Database& database, const CheckIn& entry,
                                              const QString& text);

    void redo() override;
    void undo() override;

private:
    EditCheckInCommand(const Database& database, std::optional<CheckIn> before,
                       std::optional<CheckIn> after, const QString& text);
    void moveTo(std::optional<CheckIn>& target, std::optional<CheckIn>& other);
    void guarded(bool towardsAfter);

    const Database& m_database;
    std::optional<CheckIn> m_before;
    std::optional<CheckIn> m_after;
    bool m_firstRedo = true;
};

} // namespace painpace
