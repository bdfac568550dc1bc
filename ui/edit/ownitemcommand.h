#pragma once

#include <variant>

#include "diary/catalogueitems.h"
#include "editcommand.h"

namespace painpace {

class Database;

// Adding a person's own trigger or therapy, undoable. The item is named by its code, which its
// name decides, so redo adds the same item again; undo takes it out, which the core refuses while
// a check-in still uses it (the check-in's own undo comes first on the stack).
class OwnItemCommand final : public EditCommand {
public:
    using Item = std::variant<TriggerDefinition, TherapyDefinition>;
    OwnItemCommand(const Database& database, Item item, const QString& text);

    // The item as stored, with its code, once applied.
    const Item& item() const { return m_item; }

protected:
    void apply() override;
    void revert() override;

private:
    const Database& m_database;
    Item m_item;
};

} // namespace painpace
