#pragma once

#include <QUndoCommand>

namespace painpace {

class EditStack;

// One undoable edit of the diary. EditStack::apply() makes the change before the command is
// pushed, so the first redo() does nothing and errors reach the caller. A later undo() or redo()
// that throws leaves the diary as it was (each write is one transaction), marks the command
// obsolete so the stack drops it, and reports the reason through the stack.
class EditCommand : public QUndoCommand {
public:
    void redo() final;
    void undo() final;

protected:
    explicit EditCommand(const QString& text);
    virtual void apply() = 0;
    virtual void revert() = 0;

private:
    friend class EditStack;
    void applyFirstTime(EditStack& stack);
    void guarded(bool forward);

    EditStack* m_stack = nullptr;
    bool m_firstRedo = true;
};

} // namespace painpace
