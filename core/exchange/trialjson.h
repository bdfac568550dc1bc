#pragma once

#include <QJsonObject>

#include "diarydocument.h"

namespace painpace {

// A therapy trial with its pauses and followed days as one JSON object, and back. The seed is
// written as text: it is a 64-bit number, more than a JSON number holds exactly. Reading checks
// types and codes and throws ValidationError naming the field under `path`.
QJsonObject trialToJson(const TherapyTrialRecord& record);
TherapyTrialRecord trialFromJson(const QJsonObject& json, const QString& path);

} // namespace painpace
