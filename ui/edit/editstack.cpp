#include "editstack.h"

#include "editcommand.h"

namespace painpace {

void EditStack::apply(EditCommand* command) {
    try {
        command->applyFirstTime(*this);
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
