#include "ownitemcommand.h"

#include "storage/cataloguerepository.h"

namespace painpace {

OwnItemCommand::OwnItemCommand(const Database& database, Item item, const QString& text)
    : EditCommand(text)
    , m_database(database)
    , m_item(std::move(item)) {}

void OwnItemCommand::apply() {
    CatalogueRepository catalogue(m_database);
    if (const auto* trigger = std::get_if<TriggerDefinition>(&m_item))
        m_item = catalogue.addOwnTrigger(trigger->name);
    else
        m_item = catalogue.addOwnTherapy(std::get<TherapyDefinition>(m_item));
}

void OwnItemCommand::revert() {
    const QString code = std::visit([](const auto& item) { return item.code; }, m_item);
    CatalogueRepository(m_database).removeOwnItem(code);
}

} // namespace painpace
