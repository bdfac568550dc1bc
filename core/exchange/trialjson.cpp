#include "trialjson.h"

#include <QCoreApplication>

#include "jsonfields.h"
#include "underpath.h"

namespace painpace {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("TrialJson", text);
}

QJsonArray outcomesToJson(const QList<TrialOutcome>& outcomes) {
    QJsonArray array;
    for (TrialOutcome outcome : outcomes)
        array.append(codeOf<TrialOutcome>(kTrialOutcomeCodes, outcome));
    return array;
}

QList<TrialOutcome> outcomesFrom(const JsonFields& json) {
    QList<TrialOutcome> outcomes;
    const QJsonArray array = json.array("secondaryOutcomes");
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto outcome = enumFromCode<TrialOutcome>(kTrialOutcomeCodes, array[i].toString());
        if (!outcome)
            JsonFields::failAt(
                QStringLiteral("%1[%2]").arg(json.pathOf("secondaryOutcomes")).arg(i),
                tr("unknown outcome '%1'").arg(array[i].toString().left(40)));
        outcomes.append(*outcome);
    }
    return outcomes;
}

quint64 seedFrom(const JsonFields& json) {
    bool ok = false;
    const quint64 seed = json.text("seed").toULongLong(&ok);
    if (!ok)
        json.fail("seed", tr("a whole number from 0 to 18446744073709551615 written as text was "
                             "expected"));
    return seed;
}

QList<TrialPause> pausesFrom(const JsonFields& json) {
    QList<TrialPause> pauses;
    const QJsonArray array = json.array("pauses");
    for (qsizetype i = 0; i < array.size(); ++i) {
        const JsonFields pause = JsonFields::element(array, i, json.pathOf("pauses"));
        pauses.append({pause.date("from"), pause.wholeNumber("days")});
        if (pauses.last().days < 1 || pauses.last().days > 365)
            pause.fail("days", tr("a pause lasts 1 to 365 days"));
    }
    return pauses;
}

QMap<QDate, bool> followedFrom(const JsonFields& json) {
    QMap<QDate, bool> followed;
    const QJsonArray array = json.array("followed");
    for (qsizetype i = 0; i < array.size(); ++i) {
        const JsonFields day = JsonFields::element(array, i, json.pathOf("followed"));
        const QDate date = day.date("day");
        if (followed.contains(date))
            day.fail("day", tr("%1 is listed twice").arg(date.toString(Qt::ISODate)));
        if (!day.has("followed"))
            day.fail("followed", tr("this field is missing"));
        followed.insert(date, day.flag("followed"));
    }
    return followed;
}

} // namespace

QJsonObject trialToJson(const TherapyTrialRecord& record) {
    const TherapyTrial& trial = record.trial;
    QJsonArray pauses;
    for (const TrialPause& pause : trial.pauses)
        pauses.append(QJsonObject{{QStringLiteral("from"), pause.from.toString(Qt::ISODate)},
                                  {QStringLiteral("days"), pause.days}});
    QJsonArray followed;
    for (auto it = record.followed.begin(); it != record.followed.end(); ++it)
        followed.append(QJsonObject{{QStringLiteral("day"), it.key().toString(Qt::ISODate)},
                                    {QStringLiteral("followed"), it.value()}});
    const bool other = trial.comparison == TrialComparison::OtherTherapy;
    return {
        {QStringLiteral("uuid"), trial.uuid.toString(QUuid::WithoutBraces)},
        {QStringLiteral("therapy"), trial.therapyCode},
        {QStringLiteral("therapyName"), trial.therapyName},
        {QStringLiteral("comparison"),
         codeOf<TrialComparison>(kTrialComparisonCodes, trial.comparison)},
        {QStringLiteral("otherTherapy"), other ? QJsonValue(trial.otherTherapyCode) : QJsonValue()},
        {QStringLiteral("otherTherapyName"),
         other ? QJsonValue(trial.otherTherapyName) : QJsonValue()},
        {QStringLiteral("outcome"), codeOf<TrialOutcome>(kTrialOutcomeCodes, trial.outcome)},
        {QStringLiteral("secondaryOutcomes"), outcomesToJson(trial.secondaryOutcomes)},
        {QStringLiteral("periodDays"), trial.periodDays},
        {QStringLiteral("cycles"), trial.cycles},
        {QStringLiteral("baselinePeriod"), trial.baselinePeriod},
        {QStringLiteral("meaningfulDifference"), trial.meaningfulDifference},
        {QStringLiteral("seed"), QString::number(trial.seed)},
        {QStringLiteral("startDate"), trial.startDate.toString(Qt::ISODate)},
        {QStringLiteral("pauses"), pauses},
        {QStringLiteral("status"), codeOf<TrialStatus>(kTrialStatusCodes, trial.status)},
        {QStringLiteral("followed"), followed},
    };
}

TherapyTrialRecord trialFromJson(const QJsonObject& object, const QString& path) {
    const JsonFields json(object, path);
    TherapyTrialRecord record;
    TherapyTrial& trial = record.trial;
    trial.uuid = json.uuid("uuid");
    trial.therapyCode = json.text("therapy");
    trial.therapyName = json.optionalText("therapyName");
    trial.comparison = json.code<TrialComparison>("comparison", kTrialComparisonCodes);
    trial.otherTherapyCode = json.optionalText("otherTherapy");
    trial.otherTherapyName = json.optionalText("otherTherapyName");
    trial.outcome = json.code<TrialOutcome>("outcome", kTrialOutcomeCodes);
    trial.secondaryOutcomes = outcomesFrom(json);
    trial.periodDays = json.wholeNumber("periodDays");
    trial.cycles = json.wholeNumber("cycles");
    trial.baselinePeriod = json.flag("baselinePeriod");
    trial.meaningfulDifference = json.number("meaningfulDifference");
    trial.seed = seedFrom(json);
    trial.startDate = json.date("startDate");
    trial.pauses = pausesFrom(json);
    trial.status = json.code<TrialStatus>("status", kTrialStatusCodes);
    record.followed = followedFrom(json);
    validateUnder(path, [&] { validateTherapyTrial(trial); });
    return record;
}

} // namespace painpace
