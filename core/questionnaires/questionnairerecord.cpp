#include "questionnairerecord.h"

#include <QJsonArray>

#include "diary/validationissue.h"

namespace painpace {

namespace {

const QString kAreas = QStringLiteral("painfulAreas");

QJsonObject acrToJson(const Acr2016Answers& answers) {
    QJsonArray areas;
    for (WpiArea area : answers.painfulAreas)
        areas.append(static_cast<int>(area));
    return {{kAreas, areas},
            {QStringLiteral("fatigue"), answers.fatigue},
            {QStringLiteral("wakingUnrefreshed"), answers.wakingUnrefreshed},
            {QStringLiteral("cognitiveSymptoms"), answers.cognitiveSymptoms},
            {QStringLiteral("headaches"), answers.headaches},
            {QStringLiteral("lowerAbdominalPain"), answers.lowerAbdominalPain},
            {QStringLiteral("depression"), answers.depression},
            {QStringLiteral("symptomsForThreeMonths"), answers.symptomsForThreeMonths}};
}

Acr2016Answers acrFromJson(const QJsonObject& json) {
    Acr2016Answers answers;
    for (const QJsonValue& value : json.value(kAreas).toArray()) {
        const int area = value.toInt(-1);
        if (area < 0 || area >= kWpiAreaCount)
            throw ValidationError({{kAreas, QStringLiteral("Unknown body area %1.").arg(area)}});
        answers.painfulAreas.append(static_cast<WpiArea>(area));
    }
    answers.fatigue = json.value(QStringLiteral("fatigue")).toInt();
    answers.wakingUnrefreshed = json.value(QStringLiteral("wakingUnrefreshed")).toInt();
    answers.cognitiveSymptoms = json.value(QStringLiteral("cognitiveSymptoms")).toInt();
    answers.headaches = json.value(QStringLiteral("headaches")).toBool();
    answers.lowerAbdominalPain = json.value(QStringLiteral("lowerAbdominalPain")).toBool();
    answers.depression = json.value(QStringLiteral("depression")).toBool();
    answers.symptomsForThreeMonths = json.value(QStringLiteral("symptomsForThreeMonths")).toBool();
    scoreAcr2016(answers); // validates the 0-3 items
    return answers;
}

QJsonObject fiqrToJson(const FiqrAnswers& answers) {
    QJsonArray items;
    for (const auto& answer : answers)
        items.append(answer ? QJsonValue(*answer) : QJsonValue());
    return {{QStringLiteral("items"), items}};
}

FiqrAnswers fiqrFromJson(const QJsonObject& json) {
    const QJsonArray items = json.value(QStringLiteral("items")).toArray();
    if (items.size() != kFiqrItems)
        throw ValidationError({{QStringLiteral("items"),
                                QStringLiteral("A FIQR holds %1 answers.").arg(kFiqrItems)}});
    FiqrAnswers answers;
    for (int i = 0; i < kFiqrItems; ++i) {
        if (!items[i].isNull())
            answers[static_cast<std::size_t>(i)] = items[i].toInt();
    }
    scoreFiqr(answers); // validates the 0-10 range
    return answers;
}

} // namespace

QString QuestionnaireRecord::kindCode() const {
    return isAcr2016() ? QStringLiteral("acr2016") : QStringLiteral("fiqr");
}

QString QuestionnaireRecord::version() const {
    return isAcr2016() ? kAcr2016Version : QStringLiteral("FIQR");
}

double QuestionnaireRecord::headlineScore() const {
    if (isAcr2016())
        return scoreAcr2016(std::get<Acr2016Answers>(answers)).severity;
    const auto result = scoreFiqr(std::get<FiqrAnswers>(answers));
    return result ? result->total : 0.0;
}

QJsonObject answersToJson(const QuestionnaireRecord& record) {
    return record.isAcr2016() ? acrToJson(std::get<Acr2016Answers>(record.answers))
                              : fiqrToJson(std::get<FiqrAnswers>(record.answers));
}

void answersFromJson(QuestionnaireRecord& record, const QString& kind, const QJsonObject& json) {
    if (kind == QLatin1String("acr2016"))
        record.answers = acrFromJson(json);
    else if (kind == QLatin1String("fiqr"))
        record.answers = fiqrFromJson(json);
    else
        throw ValidationError(
            {{QStringLiteral("kind"), QStringLiteral("Unknown questionnaire '%1'.").arg(kind)}});
}

} // namespace painpace
