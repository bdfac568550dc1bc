#pragma once

#include <QJsonObject>

#include "diarydocument.h"

namespace painpace {

// A pacing plan with its reviewed weeks and sessions as one JSON object, and back. Reading checks
// types and codes and throws ValidationError naming the field under `path`; the plan and its
// sessions are then validated by the pacing rules (validatePacingPlan, validatePacingSession).
QJsonObject pacingPlanToJson(const PacingPlanRecord& record);
PacingPlanRecord pacingPlanFromJson(const QJsonObject& json, const QString& path);

} // namespace painpace
