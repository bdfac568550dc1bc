#pragma once

#include <QJsonObject>

#include "questionnaires/questionnairerecord.h"

namespace painpace {

// A filled-in questionnaire as JSON: its date, kind, version, answers and (for readers of the
// file) its score, and back. The score in a file is ignored on reading: it is always computed
// from the answers. Reading throws ValidationError naming the field under `path`.
QJsonObject questionnaireToJson(const QuestionnaireRecord& record);
QuestionnaireRecord questionnaireFromJson(const QJsonObject& json, const QString& path);

} // namespace painpace
