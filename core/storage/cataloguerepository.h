#pragma once

#include <QList>

#include "diary/catalogueitems.h"

namespace painpace {

class Database;

// The triggers and therapies a diary offers: the built-in ones plus the person's own.
class CatalogueRepository {
public:
    explicit CatalogueRepository(const Database& database);

    QList<TriggerDefinition> triggers() const;
    QList<TherapyDefinition> therapies() const;

    // Adds a person's own item and returns it with its code. Throws ValidationError for an empty
    // or duplicate name, StorageError when the database fails.
    TriggerDefinition addOwnTrigger(const QString& name);
    TherapyDefinition addOwnTherapy(TherapyDefinition therapy);
    // Takes a person's own trigger or therapy out of the list again (undoing its addition). An
    // item that a check-in uses stays, and StorageError says so; so does a built-in or unknown
    // code.
    void removeOwnItem(const QString& code);

private:
    void requireNewName(const char* table, const QString& field, const QString& name) const;

    const Database& m_database;
};

} // namespace painpace
