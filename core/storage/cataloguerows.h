#pragma once

#include <QSqlDatabase>

#include "diary/catalogueitems.h"

namespace painpace::cataloguerows {

// Inserting catalogue items, shared by the first migration (built-in items) and the catalogue
// repository (a person's own items). Callers hold the write transaction.
void insertTrigger(const QSqlDatabase& db, const TriggerDefinition& trigger);
void insertTherapy(const QSqlDatabase& db, const TherapyDefinition& therapy);

} // namespace painpace::cataloguerows
