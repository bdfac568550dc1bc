#include "pacingjson.h"

#include <QCoreApplication>

#include "jsonfields.h"
#include "underpath.h"

namespace painpace {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("PacingJson", text);
}

QJsonValue optionalValue(const std::optional<int>& value) {
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject levelToJson(const PlanLevel& level) {
    return {{QStringLiteral("week"), level.week},
            {QStringLiteral("level"), level.level},
            {QStringLiteral("amount"), level.amount},
            {QStringLiteral("change"), codeOf<LevelChange>(kLevelChangeCodes, level.change)},
            {QStringLiteral("reason"), level.reason},
            {QStringLiteral("unsettledWeeks"), level.unsettledWeeksInARow}};
}

QJsonObject sessionToJson(const PacingSession& session) {
    return {{QStringLiteral("uuid"), session.uuid.toString(QUuid::WithoutBraces)},
            {QStringLiteral("plannedDay"), session.plannedDay.toString(Qt::ISODate)},
            {QStringLiteral("at"), session.started.utc.toString(Qt::ISODateWithMs)},
            {QStringLiteral("utcOffsetMinutes"), session.started.utcOffsetMinutes},
            {QStringLiteral("day"), session.started.localDay.toString(Qt::ISODate)},
            {QStringLiteral("plannedAmount"), session.plannedAmount},
            {QStringLiteral("doneAmount"), session.doneAmount},
            {QStringLiteral("painBefore"), optionalValue(session.painBefore)},
            {QStringLiteral("painAfter"), optionalValue(session.painAfter)},
            {QStringLiteral("exertion"), optionalValue(session.exertion)},
            {QStringLiteral("stoppedEarly"), session.stoppedEarly},
            {QStringLiteral("note"), session.note}};
}

PlanLevel levelFrom(const JsonFields& json) {
    PlanLevel level;
    level.week = json.wholeNumber("week");
    level.level = json.wholeNumber("level");
    level.amount = json.wholeNumber("amount");
    level.change = json.code<LevelChange>("change", kLevelChangeCodes);
    level.reason = json.optionalText("reason");
    level.unsettledWeeksInARow = json.wholeNumber("unsettledWeeks");
    if (level.week < 0 || level.week > 520)
        json.fail("week", tr("a week from 0 to 520 was expected"));
    if (level.level < 0 || level.level > 520)
        json.fail("level", tr("a level from 0 to 520 was expected"));
    if (level.amount <= 0)
        json.fail("amount", tr("an amount above 0 was expected"));
    if (level.unsettledWeeksInARow < 0 || level.unsettledWeeksInARow > 520)
        json.fail("unsettledWeeks", tr("a count from 0 to 520 was expected"));
    return level;
}

PacingSession sessionFrom(const JsonFields& json) {
    PacingSession session;
    session.uuid = json.uuid("uuid");
    session.plannedDay = json.date("plannedDay");
    session.started.utc = json.instant("at");
    session.started.utcOffsetMinutes = json.wholeNumber("utcOffsetMinutes");
    session.started.localDay = json.date("day");
    session.plannedAmount = json.wholeNumber("plannedAmount");
    session.doneAmount = json.wholeNumber("doneAmount");
    session.painBefore = json.optionalWholeNumber("painBefore");
    session.painAfter = json.optionalWholeNumber("painAfter");
    session.exertion = json.optionalWholeNumber("exertion");
    session.stoppedEarly = json.flag("stoppedEarly");
    session.note = json.optionalText("note");
    // The session belongs to the plan it is nested in; the id is only known once that is stored.
    PacingSession belonging = session;
    belonging.planId = 1;
    validateUnder(json.path(), [&] { validatePacingSession(belonging); });
    return session;
}

QList<int> weekdaysFrom(const JsonFields& json) {
    QList<int> weekdays;
    const QJsonArray array = json.array("weekdays");
    for (qsizetype i = 0; i < array.size(); ++i) {
        const std::optional<int> day = JsonFields::wholeNumberIn(array[i], 1, 7);
        if (!day)
            JsonFields::failAt(QStringLiteral("%1[%2]").arg(json.pathOf("weekdays")).arg(i),
                               tr("a weekday from 1 (Monday) to 7 (Sunday) was expected"));
        weekdays.append(*day);
    }
    return weekdays;
}

QTime timeFrom(const JsonFields& json) {
    const QTime time = QTime::fromString(json.text("time"), QStringLiteral("HH:mm"));
    if (!time.isValid())
        json.fail("time", tr("a time like 09:30 was expected"));
    return time;
}

BaselineInputs baselineFrom(const JsonFields& json) {
    BaselineInputs baseline;
    baseline.method = json.code<BaselineMethod>("method", kBaselineMethodCodes);
    const QJsonArray values = json.array("values");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!values[i].isDouble())
            JsonFields::failAt(QStringLiteral("%1[%2]").arg(json.pathOf("values")).arg(i),
                               tr("a number was expected"));
        baseline.values.append(values[i].toDouble());
    }
    return baseline;
}

} // namespace

QJsonObject pacingPlanToJson(const PacingPlanRecord& record) {
    const PacingPlan& plan = record.plan;
    QJsonArray values;
    for (double value : plan.baseline.values)
        values.append(value);
    QJsonArray weekdays;
    for (int day : plan.weekdays)
        weekdays.append(day);
    QJsonArray levels;
    for (const PlanLevel& level : record.levels)
        levels.append(levelToJson(level));
    QJsonArray sessions;
    for (const PacingSession& session : record.sessions)
        sessions.append(sessionToJson(session));
    return {
        {QStringLiteral("uuid"), plan.uuid.toString(QUuid::WithoutBraces)},
        {QStringLiteral("activity"), plan.activityCode},
        {QStringLiteral("activityName"), plan.activityName},
        {QStringLiteral("unit"), codeOf<AmountUnit>(kAmountUnitCodes, plan.unit)},
        {QStringLiteral("baseline"),
         QJsonObject{{QStringLiteral("method"),
                      codeOf<BaselineMethod>(kBaselineMethodCodes, plan.baseline.method)},
                     {QStringLiteral("values"), values}}},
        {QStringLiteral("weeklyIncreasePercent"), plan.weeklyIncreasePercent},
        {QStringLiteral("startDate"), plan.startDate.toString(Qt::ISODate)},
        {QStringLiteral("weekdays"), weekdays},
        {QStringLiteral("time"), plan.time.toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("boutLimit"), optionalValue(plan.boutLimit)},
        {QStringLiteral("restMinutes"), plan.restMinutes},
        {QStringLiteral("archived"), plan.archived},
        {QStringLiteral("levels"), levels},
        {QStringLiteral("sessions"), sessions},
    };
}

PacingPlanRecord pacingPlanFromJson(const QJsonObject& object, const QString& path) {
    const JsonFields json(object, path);
    PacingPlanRecord record;
    PacingPlan& plan = record.plan;
    plan.uuid = json.uuid("uuid");
    plan.activityCode = json.text("activity");
    plan.activityName = json.text("activityName");
    plan.unit = json.code<AmountUnit>("unit", kAmountUnitCodes);
    plan.baseline = baselineFrom(json.object("baseline"));
    plan.weeklyIncreasePercent = json.wholeNumber("weeklyIncreasePercent");
    plan.startDate = json.date("startDate");
    plan.weekdays = weekdaysFrom(json);
    plan.time = timeFrom(json);
    plan.boutLimit = json.optionalWholeNumber("boutLimit");
    plan.restMinutes = json.wholeNumber("restMinutes");
    plan.archived = json.flag("archived");
    validateUnder(path, [&] { validatePacingPlan(plan); });

    const QJsonArray levels = json.array("levels");
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const JsonFields level = JsonFields::element(levels, i, json.pathOf("levels"));
        record.levels.append(levelFrom(level));
        if (i > 0 && record.levels[i].week <= record.levels[i - 1].week)
            level.fail("week", tr("weeks must be listed once each, in order"));
    }
    const QJsonArray sessions = json.array("sessions");
    for (qsizetype i = 0; i < sessions.size(); ++i)
        record.sessions.append(
            sessionFrom(JsonFields::element(sessions, i, json.pathOf("sessions"))));
    return record;
}

} // namespace painpace
