#include "csvcolumns.h"

namespace painpace {

namespace {

CsvColumn column(const char* name, const char* jsonKey, CsvKind kind = CsvKind::Text,
                 QStringList aliases = {}) {
    return {QLatin1String(name), QLatin1String(jsonKey), kind, std::move(aliases)};
}

CsvColumn pair(const char* name, const char* jsonKey, int index) {
    CsvColumn result = column(name, jsonKey, CsvKind::Number);
    result.pairIndex = index;
    return result;
}

CsvColumn readOnly(CsvColumn result) {
    result.written = false;
    return result;
}

CsvColumn shownOnly(CsvColumn result) {
    result.readBack = false;
    return result;
}

QList<CsvColumn> momentColumns() {
    return {
        column("day", "day", CsvKind::Text, {QStringLiteral("date"), QStringLiteral("diary_day")}),
        column("time", "", CsvKind::LocalTime, {QStringLiteral("time_of_day")}),
        column("utc_offset_minutes", "utcOffsetMinutes", CsvKind::Integer),
        column("at_utc", "at", CsvKind::Text, {QStringLiteral("timestamp")})};
}

QList<CsvColumn> checkInColumns() {
    QList<CsvColumn> columns{column("uuid", "uuid", CsvKind::Text, {QStringLiteral("id")})};
    columns += momentColumns();
    columns += {
        column("pain", "pain", CsvKind::Integer,
               {QStringLiteral("pain_level"), QStringLiteral("pain_score"),
                QStringLiteral("overall_pain")}),
        column("morning_stiffness_minutes", "morningStiffnessMinutes", CsvKind::Integer,
               {QStringLiteral("stiffness"), QStringLiteral("morning_stiffness"),
                QStringLiteral("stiffness_minutes")}),
        column("fatigue", "fatigue", CsvKind::Integer, {QStringLiteral("tiredness")}),
        column("stress", "stress", CsvKind::Integer),
        column("mood", "mood", CsvKind::Integer),
        column("sleep_minutes", "sleepMinutes", CsvKind::Integer),
        readOnly(
            column("sleep_hours", "sleepMinutes", CsvKind::Hours, {QStringLiteral("hours_slept")})),
        column("sleep_quality", "sleepQuality", CsvKind::Integer),
        column("fibro_fog", "fibroFog", CsvKind::Integer,
               {QStringLiteral("fog"), QStringLiteral("brain_fog")}),
        column("flare", "flare", CsvKind::Boolean),
        column("note", "note", CsvKind::Text,
               {QStringLiteral("notes"), QStringLiteral("comment"), QStringLiteral("comments")}),
    };
    return columns;
}

CsvFileSpec child(const char* fileName, const char* listKey, const char* parentFile,
                  const char* parentColumn, QList<CsvColumn> columns) {
    return {QLatin1String(fileName), QLatin1String(listKey), QLatin1String(parentFile),
            QLatin1String(parentColumn), std::move(columns)};
}

QList<CsvFileSpec> diaryFiles() {
    const auto checkIns = "checkins.csv";
    return {
        {QStringLiteral("own_triggers.csv"),
         QStringLiteral("ownTriggers"),
         {},
         {},
         {column("code", "code"), column("name", "name")}},
        {QStringLiteral("own_therapies.csv"),
         QStringLiteral("ownTherapies"),
         {},
         {},
         {column("code", "code"), column("name", "name"), column("kind", "kind"),
          column("usual_dose", "usualDose", CsvKind::Number), column("usual_unit", "usualUnit"),
          column("usual_minutes", "usualMinutes", CsvKind::Integer)}},
        {QLatin1String(checkIns), QStringLiteral("checkIns"), {}, {}, checkInColumns()},
        child("pain_marks.csv", "marks", checkIns, "check_in_uuid",
              {column("view", "view"), pair("x", "point", 0), pair("y", "point", 1),
               column("region", "region"), column("intensity", "intensity", CsvKind::Integer),
               column("quality", "quality"),
               column("trigger_point", "triggerPoint", CsvKind::Boolean),
               pair("referred_x", "referredTo", 0), pair("referred_y", "referredTo", 1)}),
        child("spasms.csv", "spasms", checkIns, "check_in_uuid",
              {column("kind", "kind"), column("region", "region"),
               column("count", "count", CsvKind::Integer),
               column("duration_seconds", "durationSeconds", CsvKind::Integer),
               column("intensity", "intensity", CsvKind::Integer), column("context", "context")}),
        child("triggers.csv", "triggers", checkIns, "check_in_uuid",
              {column("trigger", "trigger"), column("level", "level")}),
        child("therapies.csv", "therapies", checkIns, "check_in_uuid",
              {column("therapy", "therapy"), column("dose", "dose", CsvKind::Number),
               column("unit", "unit"), column("minutes", "minutes", CsvKind::Integer),
               column("taken_at_utc", "takenAt")}),
        child("red_flags.csv", "redFlags", checkIns, "check_in_uuid",
              {column("red_flag", "", CsvKind::Element)}),
    };
}

QList<CsvFileSpec> questionnaireAndPacingFiles() {
    QList<CsvColumn> questionnaire{column("uuid", "uuid")};
    questionnaire += momentColumns();
    questionnaire += {column("kind", "kind"), shownOnly(column("version", "version")),
                      shownOnly(column("score", "score", CsvKind::Number)),
                      column("answers", "answers", CsvKind::JsonText)};
    QList<CsvColumn> session{column("uuid", "uuid"), column("planned_day", "plannedDay")};
    session += momentColumns();
    session += {column("planned_amount", "plannedAmount", CsvKind::Integer),
                column("done_amount", "doneAmount", CsvKind::Integer),
                column("pain_before", "painBefore", CsvKind::Integer),
                column("pain_after", "painAfter", CsvKind::Integer),
                column("exertion", "exertion", CsvKind::Integer),
                column("stopped_early", "stoppedEarly", CsvKind::Boolean),
                column("note", "note")};
    const auto plans = "pacing_plans.csv";
    return {
        {QStringLiteral("questionnaires.csv"),
         QStringLiteral("questionnaires"),
         {},
         {},
         questionnaire},
        {QLatin1String(plans),
         QStringLiteral("pacingPlans"),
         {},
         {},
         {column("uuid", "uuid"), column("activity", "activity"),
          column("activity_name", "activityName"), column("unit", "unit"),
          column("baseline_method", "baseline.method"),
          column("baseline_values", "baseline.values", CsvKind::NumberList),
          column("weekly_increase_percent", "weeklyIncreasePercent", CsvKind::Integer),
          column("start_date", "startDate"), column("weekdays", "weekdays", CsvKind::NumberList),
          column("time", "time"), column("bout_limit", "boutLimit", CsvKind::Integer),
          column("rest_minutes", "restMinutes", CsvKind::Integer),
          column("archived", "archived", CsvKind::Boolean)}},
        child("pacing_levels.csv", "levels", plans, "plan_uuid",
              {column("week", "week", CsvKind::Integer), column("level", "level", CsvKind::Integer),
               column("amount", "amount", CsvKind::Integer), column("change", "change"),
               column("reason", "reason"),
               column("unsettled_weeks", "unsettledWeeks", CsvKind::Integer)}),
        child("pacing_sessions.csv", "sessions", plans, "plan_uuid", session),
    };
}

QList<CsvFileSpec> trialFiles() {
    const auto trials = "trials.csv";
    return {
        {QLatin1String(trials),
         QStringLiteral("trials"),
         {},
         {},
         {column("uuid", "uuid"), column("therapy", "therapy"),
          shownOnly(column("therapy_name", "therapyName")), column("comparison", "comparison"),
          column("other_therapy", "otherTherapy"),
          shownOnly(column("other_therapy_name", "otherTherapyName")), column("outcome", "outcome"),
          column("secondary_outcomes", "secondaryOutcomes", CsvKind::TextList),
          column("period_days", "periodDays", CsvKind::Integer),
          column("cycles", "cycles", CsvKind::Integer),
          column("baseline_period", "baselinePeriod", CsvKind::Boolean),
          column("meaningful_difference", "meaningfulDifference", CsvKind::Number),
          column("seed", "seed"), column("start_date", "startDate"),
          column("pauses", "pauses", CsvKind::Pauses), column("status", "status")}},
        child("trial_days.csv", "followed", trials, "trial_uuid",
              {column("day", "day"), column("followed", "followed", CsvKind::Boolean)}),
    };
}

} // namespace

bool CsvFileSpec::hasMoment() const {
    for (const CsvColumn& column : columns) {
        if (column.kind == CsvKind::LocalTime)
            return true;
    }
    return false;
}

const QList<CsvFileSpec>& csvFileSpecs() {
    static const QList<CsvFileSpec> specs =
        diaryFiles() + questionnaireAndPacingFiles() + trialFiles();
    return specs;
}

const CsvFileSpec* csvFileSpec(const QString& fileName) {
    for (const CsvFileSpec& spec : csvFileSpecs()) {
        if (spec.fileName.compare(fileName, Qt::CaseInsensitive) == 0)
            return &spec;
    }
    return nullptr;
}

QString normalizedHeader(const QString& header) {
    QString name;
    for (QChar c : header.trimmed().toLower()) {
        if (c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('[') ||
            c == QLatin1Char(']'))
            continue;
        if (c.isLetterOrNumber())
            name += c;
        else if (!name.isEmpty() && !name.endsWith(QLatin1Char('_')))
            name += QLatin1Char('_');
    }
    while (name.endsWith(QLatin1Char('_')))
        name.chop(1);
    return name;
}

} // namespace painpace
