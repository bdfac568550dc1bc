#pragma once

#include <QDate>

#include "chartmodel.h"
#include "questionnaires/questionnairerecord.h"

namespace painpace {

enum class QuestionnaireChart { Fiqr, Acr2016 };

// Scores over time from the questionnaire history, for the records dated in [from, to]: the FIQR
// total on its five bands, or the ACR 2016 WPI, SSS and severity. Under 3 results: a message.
ChartModel questionnaireChartModel(const QList<QuestionnaireRecord>& history,
                                   QuestionnaireChart chart, const QDate& from, const QDate& to);
ChartTable questionnaireTable(const QList<QuestionnaireRecord>& history, QuestionnaireChart chart,
                              const QDate& from, const QDate& to);

} // namespace painpace
