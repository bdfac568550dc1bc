#include "editstack.h"

#include "editcommand.h"

namespace painpace {

void EditStack::apply(EditCommand* command) {
    apply(command, [](const std::function<void()>& write) { write(); });
}

void EditStack::apply(EditCommand* command, const WriteScope& scope) {
    try {
        scope([&] { command->applyFirstTime(*this); });
    } catch (...) {
        delete command;
        throw;
    }
    // A command that found nothing to change (a restore of what the diary holds) is no step:
    // pushing it would also throw away what could still be redone.
    if (command->isObsolete()) {
        delete command;
        return;
    }
    push(command);
}

void EditStack::pushApplied(EditCommand* command) {
    command->m_stack = this;
    push(command);
}

} // namespace painpace
