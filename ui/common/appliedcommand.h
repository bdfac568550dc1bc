#pragma once

#include <QUndoCommand>

namespace painpace {

// An undoable change that is made before the command is pushed, so errors reach the caller and
// nothing half-done lands on the stack: the first redo() does nothing. Later redo()/undo() calls
// that fail mark the command obsolete and tell the person instead of throwing through
// QUndoStack.
class AppliedCommand : public QUndoCommand {
public:
    void redo() final;
    void undo() final;
    void applyFirstTime() { apply(); }

protected:
    explicit AppliedCommand(const QString& text);
    virtual void apply() = 0;
    virtual void revert() = 0;

private:
    void guarded(bool forward);
    bool m_firstRedo = true;
};

// Makes the change of a new command and returns it for the undo stack; when the change fails the
// command is deleted and the error goes to the caller.
template <typename Command> Command* appliedOrDiscarded(Command* command) {
    try {
        command->applyFirstTime();
    } catch (...) {
        delete command;
        throw;
    }
    return command;
}

} // namespace painpace
