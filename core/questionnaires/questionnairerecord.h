#pragma once

#include <QJsonObject>
#include <QUuid>

#include <variant>

#include "acr2016.h"
#include "diary/diarymoment.h"
#include "fiqr.h"

namespace painpace {

// One filled-in questionnaire with its date. Scores are always computed from the answers, so a
// stored result can never disagree with what was answered.
struct QuestionnaireRecord {
    qint64 id = 0;
    QUuid uuid;
    DiaryMoment moment;
    std::variant<Acr2016Answers, FiqrAnswers> answers;

    bool isAcr2016() const { return std::holds_alternative<Acr2016Answers>(answers); }
    QString kindCode() const;     // "acr2016" or "fiqr"
    QString version() const;      // "ACR 2016" or "FIQR"
    double headlineScore() const; // severity 0-31, or FIQR total 0-100 (0 if not scorable)
};

// The answers as JSON for storage and export, and back. Reading throws ValidationError for a
// document that does not hold valid answers.
QJsonObject answersToJson(const QuestionnaireRecord& record);
void answersFromJson(QuestionnaireRecord& record, const QString& kind, const QJsonObject& json);

} // namespace painpace
