#include "editcommand.h"

#include <exception>

#include "editstack.h"

namespace painpace {

EditCommand::EditCommand(const QString& text) {
    setText(text);
}

void EditCommand::applyFirstTime(EditStack& stack) {
    apply();
    m_stack = &stack;
}

void EditCommand::redo() {
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    guarded(true);
}

void EditCommand::undo() {
    guarded(false);
}

// Exceptions must not cross QUndoStack.
void EditCommand::guarded(bool forward) {
    try {
        forward ? apply() : revert();
    } catch (const std::exception& error) {
        setObsolete(true);
        if (m_stack)
            m_stack->reportFailure(QString::fromUtf8(error.what()));
    }
}

} // namespace painpace
