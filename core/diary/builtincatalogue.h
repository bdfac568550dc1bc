#pragma once

#include <QList>

#include "catalogueitems.h"

namespace painpace {

// The triggers and therapies every diary starts with (domain.md, "Catalogues"). Their codes are
// stable; people add their own items next to them.
const QList<TriggerDefinition>& builtInTriggers();
const QList<TherapyDefinition>& builtInTherapies();

// A code for a person's own catalogue item, derived from its name ("Cold shower" ->
// "own.cold_shower"), so own items never collide with built-in ones.
QString ownItemCode(const QString& name);

} // namespace painpace
