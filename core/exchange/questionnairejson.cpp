#include "questionnairejson.h"

#include <QCoreApplication>

#include <limits>

#include "jsonfields.h"
#include "underpath.h"

namespace painpace {

namespace {

Acr2016Answers acrFrom(const JsonFields& json) {
    Acr2016Answers answers;
    const QJsonArray areas = json.array("painfulAreas");
    for (qsizetype i = 0; i < areas.size(); ++i) {
        const std::optional<int> area = JsonFields::wholeNumberIn(areas[i], 0, kWpiAreaCount - 1);
        if (!area)
            JsonFields::failAt(
                QStringLiteral("%1[%2]").arg(json.pathOf("painfulAreas")).arg(i),
                QCoreApplication::translate("QuestionnaireJson",
                                            "a body area number from 0 to %1 was expected")
                    .arg(kWpiAreaCount - 1));
        answers.painfulAreas.append(static_cast<WpiArea>(*area));
    }
    answers.fatigue = json.wholeNumber("fatigue");
    answers.wakingUnrefreshed = json.wholeNumber("wakingUnrefreshed");
    answers.cognitiveSymptoms = json.wholeNumber("cognitiveSymptoms");
    answers.headaches = json.flag("headaches");
    answers.lowerAbdominalPain = json.flag("lowerAbdominalPain");
    answers.depression = json.flag("depression");
    answers.symptomsForThreeMonths = json.flag("symptomsForThreeMonths");
    return answers;
}

FiqrAnswers fiqrFrom(const JsonFields& json) {
    const QJsonArray items = json.array("items");
    if (items.size() != kFiqrItems)
        json.fail("items", QCoreApplication::translate("QuestionnaireJson",
                                                       "a FIQR holds %1 answers, this one %2")
                               .arg(kFiqrItems)
                               .arg(items.size()));
    FiqrAnswers answers;
    for (int i = 0; i < kFiqrItems; ++i) {
        if (items[i].isNull())
            continue;
        // The range (0-10) is the scoring's to check; here only that it is a whole number.
        const std::optional<int> value = JsonFields::wholeNumberIn(
            items[i], std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
        if (!value)
            JsonFields::failAt(
                QStringLiteral("%1[%2]").arg(json.pathOf("items")).arg(i),
                QCoreApplication::translate("QuestionnaireJson", "a whole number was expected"));
        answers[static_cast<std::size_t>(i)] = *value;
    }
    return answers;
}

} // namespace

QJsonObject questionnaireToJson(const QuestionnaireRecord& record) {
    return {{QStringLiteral("uuid"), record.uuid.toString(QUuid::WithoutBraces)},
            {QStringLiteral("at"), record.moment.utc.toString(Qt::ISODateWithMs)},
            {QStringLiteral("utcOffsetMinutes"), record.moment.utcOffsetMinutes},
            {QStringLiteral("day"), record.moment.localDay.toString(Qt::ISODate)},
            {QStringLiteral("kind"), record.kindCode()},
            {QStringLiteral("version"), record.version()},
            {QStringLiteral("score"), record.headlineScore()},
            {QStringLiteral("answers"), answersToJson(record)}};
}

QuestionnaireRecord questionnaireFromJson(const QJsonObject& object, const QString& path) {
    const JsonFields json(object, path);
    QuestionnaireRecord record;
    record.uuid = json.uuid("uuid");
    record.moment.utc = json.instant("at");
    record.moment.utcOffsetMinutes = json.wholeNumber("utcOffsetMinutes");
    record.moment.localDay = json.date("day");
    const QString kind = json.text("kind");
    json.derived("version");
    json.derived("score");
    const JsonFields answers = json.object("answers");
    if (kind == QLatin1String("acr2016"))
        record.answers = acrFrom(answers);
    else if (kind == QLatin1String("fiqr"))
        record.answers = fiqrFrom(answers);
    else
        json.fail("kind",
                  QCoreApplication::translate("QuestionnaireJson", "unknown questionnaire '%1'")
                      .arg(kind.left(40)));
    validateUnder(answers.path(), [&] { record.headlineScore(); });
    if (!record.isAcr2016()) {
        const QString missing = fiqrMissingReason(std::get<FiqrAnswers>(record.answers));
        if (!missing.isEmpty())
            answers.fail("items", missing);
    }
    return record;
}

} // namespace painpace
