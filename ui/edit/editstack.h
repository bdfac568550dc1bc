#pragma once

#include <QUndoStack>

#include <functional>

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
    // which shows it beside the input. A command that marks itself obsolete while applying (it
    // changed nothing) is deleted and not pushed, and the redo steps stay.
    void apply(EditCommand* command);
    // Runs one write and whatever else belongs to the same transaction (DiaryEdits passes
    // DraftRepository::clearAlongside, so a save and the removal of its draft are one write).
    using WriteScope = std::function<void(const std::function<void()>& write)>;
    // Like apply(), with the command's change made inside `scope`; the command is pushed only
    // once the whole scope has been stored.
    void apply(EditCommand* command, const WriteScope& scope);
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
