#include "pacingrepository.h"

#include "announce.h"
#include "checkinrepository.h"
#include "database.h"
#include "sqlnames.h"
#include "sqlstatement.h"
#include "storageerror.h"
#include "writetransaction.h"

namespace painpace {

using sqlnames::isoDay;
using sqlnames::key;

namespace {

QDate dayOf(const QVariant& value) {
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QString weekdaysText(const QList<int>& weekdays) {
    QStringList days;
    for (int day : weekdays)
        days.append(QString::number(day));
    return days.join(QLatin1Char(','));
}

QList<int> weekdaysOf(const QString& text) {
    QList<int> days;
    for (const QString& day : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        days.append(day.toInt());
    return days;
}

const QString kPlanColumns = QStringLiteral(
    "id, uuid, activity_code, activity_name, unit, baseline_method, baseline_value1, "
    "baseline_value2, baseline_value3, weekly_increase, start_day, weekdays, time_min, "
    "bout_limit, rest_min, archived");

PacingPlan planFrom(const SqlStatement& row) {
    PacingPlan plan;
    plan.id = row.value(0).toLongLong();
    plan.uuid = QUuid::fromString(row.value(1).toString());
    plan.activityCode = row.value(2).toString();
    plan.activityName = row.value(3).toString();
    plan.unit = enumFromCode<AmountUnit>(kAmountUnitCodes, row.value(4).toString())
                    .value_or(AmountUnit::Minutes);
    plan.baseline.method =
        enumFromCode<BaselineMethod>(kBaselineMethodCodes, row.value(5).toString())
            .value_or(BaselineMethod::BelowOnset);
    for (int column = 6; column <= 8; ++column) {
        if (const auto value = optionalDouble(row.value(column)))
            plan.baseline.values.append(*value);
    }
    plan.weeklyIncreasePercent = row.value(9).toInt();
    plan.startDate = dayOf(row.value(10));
    plan.weekdays = weekdaysOf(row.value(11).toString());
    plan.time = QTime(0, 0).addSecs(row.value(12).toInt() * 60);
    plan.boutLimit = optionalInt(row.value(13));
    plan.restMinutes = row.value(14).toInt();
    plan.archived = row.value(15).toInt() != 0;
    return plan;
}

PlanLevel levelFrom(const SqlStatement& row) {
    PlanLevel level;
    level.week = row.value(0).toInt();
    level.level = row.value(1).toInt();
    level.amount = row.value(2).toInt();
    level.change = enumFromCode<LevelChange>(kLevelChangeCodes, row.value(3).toString())
                       .value_or(LevelChange::Hold);
    level.reason = row.value(4).toString();
    level.unsettledWeeksInARow = row.value(5).toInt();
    return level;
}

void bindPlan(SqlStatement& statement, const PacingPlan& plan) {
    statement.bind(key("uuid"), plan.uuid.toString(QUuid::WithoutBraces))
        .bind(key("code"), plan.activityCode)
        .bind(key("name"), plan.activityName.trimmed())
        .bind(key("unit"), codeOf<AmountUnit>(kAmountUnitCodes, plan.unit))
        .bind(key("method"), codeOf<BaselineMethod>(kBaselineMethodCodes, plan.baseline.method))
        .bind(key("value1"), plan.baseline.values.value(0))
        .bind(key("value2"), nullableDouble(plan.baseline.values.size() > 1
                                                ? std::optional(plan.baseline.values[1])
                                                : std::nullopt))
        .bind(key("value3"), nullableDouble(plan.baseline.values.size() > 2
                                                ? std::optional(plan.baseline.values[2])
                                                : std::nullopt))
        .bind(key("increase"), plan.weeklyIncreasePercent)
        .bind(key("start"), isoDay(plan.startDate))
        .bind(key("weekdays"), weekdaysText(plan.weekdays))
        .bind(key("time"), plan.time.hour() * 60 + plan.time.minute())
        .bind(key("bout"), nullableInt(plan.boutLimit))
        .bind(key("rest"), plan.restMinutes)
        .bind(key("archived"), plan.archived ? 1 : 0);
}

} // namespace

PacingRepository::PacingRepository(const Database& database)
    : m_database(database) {}

void PacingRepository::savePlan(PacingPlan& plan) {
    validatePacingPlan(plan);
    PacingPlan stored = plan;
    if (stored.uuid.isNull())
        stored.uuid = QUuid::createUuid();
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (stored.id == 0) {
        insertPlan(stored);
        insertLevel(stored.id, firstLevel(stored));
    } else {
        SqlStatement update(
            m_database.connection(),
            QStringLiteral("UPDATE pacing_plan SET uuid = :uuid, activity_code = :code, "
                           "activity_name = :name, unit = :unit, baseline_method = :method, "
                           "baseline_value1 = :value1, baseline_value2 = :value2, "
                           "baseline_value3 = :value3, weekly_increase = :increase, start_day = "
                           ":start, weekdays = :weekdays, time_min = :time, bout_limit = :bout, "
                           "rest_min = :rest, archived = :archived WHERE id = :id"));
        bindPlan(update, stored);
        update.bind(key("id"), stored.id).exec();
        if (update.query().numRowsAffected() != 1)
            throw StorageError(QStringLiteral("The plan to change no longer exists."));
    }
    transaction.commit();
    plan = stored;
    announce(m_database, &DiaryNotifier::pacingChanged);
}

void PacingRepository::importPlan(PacingPlan& plan, const QList<PlanLevel>& levels) {
    validatePacingPlan(plan);
    PacingPlan stored = plan;
    stored.id = 0;
    if (stored.uuid.isNull())
        stored.uuid = QUuid::createUuid();
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    insertPlan(stored);
    if (levels.isEmpty())
        insertLevel(stored.id, firstLevel(stored));
    for (const PlanLevel& level : levels)
        insertLevel(stored.id, level);
    transaction.commit();
    plan = stored;
    announce(m_database, &DiaryNotifier::pacingChanged);
}

void PacingRepository::insertPlan(PacingPlan& plan) {
    SqlStatement insert(
        m_database.connection(),
        QStringLiteral("INSERT INTO pacing_plan (uuid, activity_code, activity_name, unit, "
                       "baseline_method, baseline_value1, baseline_value2, baseline_value3, "
                       "weekly_increase, start_day, weekdays, time_min, bout_limit, rest_min, "
                       "archived) VALUES (:uuid, :code, :name, :unit, :method, :value1, "
                       ":value2, :value3, :increase, :start, :weekdays, :time, :bout, :rest, "
                       ":archived) RETURNING id"));
    bindPlan(insert, plan);
    insert.exec();
    if (!insert.next())
        throw StorageError(QStringLiteral("The plan did not get an id from the database."));
    plan.id = insert.value(0).toLongLong();
    insert.query().finish();
}

void PacingRepository::insertLevel(qint64 planId, const PlanLevel& level) {
    SqlStatement insert(m_database.connection(),
                        QStringLiteral("INSERT INTO pacing_level (plan_id, week, level, amount, "
                                       "change, reason, unsettled_weeks) VALUES (:plan, :week, "
                                       ":level, :amount, :change, :reason, :unsettled)"));
    insert.bind(key("plan"), planId)
        .bind(key("week"), level.week)
        .bind(key("level"), level.level)
        .bind(key("amount"), level.amount)
        .bind(key("change"), codeOf<LevelChange>(kLevelChangeCodes, level.change))
        .bind(key("reason"), level.reason)
        .bind(key("unsettled"), level.unsettledWeeksInARow)
        .exec();
}

void PacingRepository::putPlan(PacingPlan& plan) {
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    PacingPlan stored = plan;
    stored.id = rowIdOfUuid(m_database.connection(), "pacing_plan", stored.uuid);
    savePlan(stored);
    transaction.commit();
    plan = stored;
}

void PacingRepository::removePlanByUuid(const QUuid& uuid) {
    removePlan(rowIdOfUuid(m_database.connection(), "pacing_plan", uuid));
}

void PacingRepository::removePlan(qint64 id) {
    deleteOneRow(m_database.connection(), m_database.dialect(), "pacing_plan", id,
                 QStringLiteral("The plan to remove no longer exists."));
    announce(m_database, &DiaryNotifier::pacingChanged);
}

void PacingRepository::setArchived(qint64 id, bool archived) {
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    SqlStatement statement(m_database.connection(),
                           QStringLiteral("UPDATE pacing_plan SET archived = :archived WHERE id = "
                                          ":id"));
    statement.bind(key("archived"), archived ? 1 : 0).bind(key("id"), id).exec();
    if (statement.query().numRowsAffected() != 1)
        throw StorageError(QStringLiteral("The plan no longer exists."));
    transaction.commit();
    announce(m_database, &DiaryNotifier::pacingChanged);
}

qint64 PacingRepository::planIdOf(const QUuid& uuid) const {
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT id FROM pacing_plan WHERE uuid = :uuid"));
    query.bind(key("uuid"), uuid.toString(QUuid::WithoutBraces)).exec();
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<PacingPlan> PacingRepository::plan(qint64 id) const {
    SqlStatement query(
        m_database.connection(),
        QStringLiteral("SELECT %1 FROM pacing_plan WHERE id = :id").arg(kPlanColumns));
    query.bind(key("id"), id).exec();
    if (!query.next())
        return std::nullopt;
    return planFrom(query);
}

QList<PacingPlan> PacingRepository::plans(bool includeArchived) const {
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT %1 FROM pacing_plan WHERE archived = 0 OR "
                                      ":all = 1 ORDER BY start_day, id")
                           .arg(kPlanColumns));
    query.bind(key("all"), includeArchived ? 1 : 0).exec();
    QList<PacingPlan> found;
    while (query.next())
        found.append(planFrom(query));
    return found;
}

QList<PlanLevel> PacingRepository::levels(qint64 planId) const {
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT week, level, amount, change, reason, "
                                      "unsettled_weeks FROM pacing_level WHERE plan_id = :plan "
                                      "ORDER BY week"));
    query.bind(key("plan"), planId).exec();
    QList<PlanLevel> found;
    while (query.next())
        found.append(levelFrom(query));
    return found;
}

std::optional<PlanLevel> PacingRepository::levelOn(qint64 planId, const QDate& day) const {
    const std::optional<PacingPlan> owner = plan(planId);
    if (!owner)
        return std::nullopt;
    const int week = planWeekOf(*owner, day);
    std::optional<PlanLevel> found;
    for (const PlanLevel& level : levels(planId)) {
        if (level.week <= std::max(week, 0))
            found = level;
    }
    return found;
}

QList<PlanLevel> PacingRepository::reviewDueWeeks(qint64 planId, const QDate& today) {
    const std::optional<PacingPlan> owner = plan(planId);
    if (!owner)
        throw StorageError(QStringLiteral("The plan no longer exists."));
    QList<PlanLevel> reviewed = levels(planId);
    const int currentWeek = planWeekOf(*owner, today);
    if (reviewed.isEmpty() || reviewed.last().week >= currentWeek)
        return reviewed;
    // The weeks to review and the day after the last of them (for lingering pain).
    const QDate from = planWeekStart(*owner, reviewed.last().week);
    const QDate to = planWeekStart(*owner, currentWeek);
    const QList<DailySummary> summaries = CheckInRepository(m_database).dailySummaries(from, to);
    const QList<PacingSession> done = sessions(planId, from, to);
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    while (reviewed.last().week < currentWeek) {
        const PlanLevel& previous = reviewed.last();
        const WeekEvidence evidence = weekEvidence(*owner, previous.week, summaries, done);
        reviewed.append(reviewWeek(*owner, previous, evidence));
        insertLevel(planId, reviewed.last());
    }
    transaction.commit();
    announce(m_database, &DiaryNotifier::pacingChanged);
    return reviewed;
}

void PacingRepository::saveSession(PacingSession& session) {
    validatePacingSession(session);
    PacingSession stored = session;
    if (stored.uuid.isNull())
        stored.uuid = QUuid::createUuid();
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    SqlStatement insert(
        m_database.connection(),
        QStringLiteral("INSERT INTO pacing_session (uuid, plan_id, planned_day, at_utc_ms, "
                       "utc_offset_min, local_day, planned_amount, done_amount, pain_before, "
                       "pain_after, exertion, stopped_early, note) VALUES (:uuid, :plan, :day, "
                       ":at, :offset, :local, :planned, :done, :before, :after, :exertion, "
                       ":early, :note) RETURNING id"));
    insert.bind(key("uuid"), stored.uuid.toString(QUuid::WithoutBraces))
        .bind(key("plan"), stored.planId)
        .bind(key("day"), isoDay(stored.plannedDay))
        .bind(key("at"), stored.started.utc.toMSecsSinceEpoch())
        .bind(key("offset"), stored.started.utcOffsetMinutes)
        .bind(key("local"), isoDay(stored.started.localDay))
        .bind(key("planned"), stored.plannedAmount)
        .bind(key("done"), stored.doneAmount)
        .bind(key("before"), nullableInt(stored.painBefore))
        .bind(key("after"), nullableInt(stored.painAfter))
        .bind(key("exertion"), nullableInt(stored.exertion))
        .bind(key("early"), stored.stoppedEarly ? 1 : 0)
        .bind(key("note"), nonNullText(stored.note))
        .exec();
    if (!insert.next())
        throw StorageError(QStringLiteral("The session did not get an id from the database."));
    stored.id = insert.value(0).toLongLong();
    insert.query().finish();
    transaction.commit();
    session = stored;
    announce(m_database, &DiaryNotifier::pacingChanged);
}

void PacingRepository::putSession(PacingSession& session) {
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (const qint64 id = rowIdOfUuid(m_database.connection(), "pacing_session", session.uuid))
        removeSession(id);
    PacingSession stored = session;
    stored.id = 0;
    saveSession(stored);
    transaction.commit();
    session = stored;
}

void PacingRepository::removeSessionByUuid(const QUuid& uuid) {
    removeSession(rowIdOfUuid(m_database.connection(), "pacing_session", uuid));
}

void PacingRepository::removeSession(qint64 id) {
    deleteOneRow(m_database.connection(), m_database.dialect(), "pacing_session", id,
                 QStringLiteral("The session to remove no longer exists."));
    announce(m_database, &DiaryNotifier::pacingChanged);
}

QList<PacingSession> PacingRepository::sessions(qint64 planId, const QDate& from,
                                                const QDate& to) const {
    SqlStatement query(
        m_database.connection(),
        QStringLiteral("SELECT id, uuid, plan_id, planned_day, at_utc_ms, utc_offset_min, "
                       "local_day, planned_amount, done_amount, pain_before, pain_after, "
                       "exertion, stopped_early, note FROM pacing_session WHERE (plan_id = :plan "
                       "OR :plan = 0) AND planned_day BETWEEN :from AND :to ORDER BY planned_day, "
                       "at_utc_ms, id"));
    query.bind(key("plan"), planId).bind(key("from"), isoDay(from)).bind(key("to"), isoDay(to));
    query.exec();
    QList<PacingSession> found;
    while (query.next()) {
        PacingSession session;
        session.id = query.value(0).toLongLong();
        session.uuid = QUuid::fromString(query.value(1).toString());
        session.planId = query.value(2).toLongLong();
        session.plannedDay = dayOf(query.value(3));
        session.started.utc = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
        session.started.utcOffsetMinutes = query.value(5).toInt();
        session.started.localDay = dayOf(query.value(6));
        session.plannedAmount = query.value(7).toInt();
        session.doneAmount = query.value(8).toInt();
        session.painBefore = optionalInt(query.value(9));
        session.painAfter = optionalInt(query.value(10));
        session.exertion = optionalInt(query.value(11));
        session.stoppedEarly = query.value(12).toInt() != 0;
        session.note = query.value(13).toString();
        found.append(session);
    }
    return found;
}

} // namespace painpace
