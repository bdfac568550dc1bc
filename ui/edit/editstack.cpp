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
    push(command);
}

void EditStack::pushApplied(EditCommand* command) {
    command->m_stack = this;
    push(command);
}

} // namespace painpace
