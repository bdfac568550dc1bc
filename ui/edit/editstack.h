#pragma once

#include <QUndoStack>

namespace painpace {

class EditCommand;

// The window's one undo stack: every edit a person makes goes through apply(). A command that
// cannot be undone or redone later is dropped, and the reason goes out once through stepFailed,
// which the window shows; commands themselves never touch a widget.
class EditStack : public QUndoStack {
    Q_OBJECT
public:
    using QUndoStack::QUndoStack;

    // Makes the command's change now and pushes it. When the change fails (ValidationError,
    // StorageError) the command is deleted, nothing is pushed, and the error goes to the caller,
    // which shows it beside the input.
    void apply(EditCommand* command);
    // Pushes a command whose change was made already (an import written in the background): its
    // first redo does nothing either.
    void pushApplied(EditCommand* command);

signals:
    // An undo or redo failed: nothing changed, and the step has left the stack.
    void stepFailed(const QString& message);

private:
    friend class EditCommand;
    void reportFailure(const QString& message) { emit stepFailed(message); }
};

} // namespace painpace
