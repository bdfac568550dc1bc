#include "trialrepository.h"

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

const QString kTrialColumns = QStringLiteral(
    "t.id, t.uuid, t.therapy_code, a.name, t.comparison, t.other_therapy_code, b.name, "
    "t.outcome, t.secondary_outcomes, t.period_days, t.cycles, t.baseline_period, "
    "t.meaningful_difference, t.seed, t.start_day, t.status FROM therapy_trial t "
    "JOIN therapy_def a ON a.code = t.therapy_code "
    "LEFT JOIN therapy_def b ON b.code = t.other_therapy_code");

QString outcomesText(const QList<TrialOutcome>& outcomes) {
    QStringList codes;
    for (TrialOutcome outcome : outcomes)
        codes.append(codeOf<TrialOutcome>(kTrialOutcomeCodes, outcome));
    return codes.join(QLatin1Char(','));
}

QList<TrialOutcome> outcomesOf(const QString& text) {
    QList<TrialOutcome> outcomes;
    for (const QString& code : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto outcome = enumFromCode<TrialOutcome>(kTrialOutcomeCodes, code))
            outcomes.append(*outcome);
    }
    return outcomes;
}

TherapyTrial trialFrom(const SqlStatement& row) {
    TherapyTrial trial;
    trial.id = row.value(0).toLongLong();
    trial.uuid = QUuid::fromString(row.value(1).toString());
    trial.therapyCode = row.value(2).toString();
    trial.therapyName = row.value(3).toString();
    trial.comparison = enumFromCode<TrialComparison>(kTrialComparisonCodes, row.value(4).toString())
                           .value_or(TrialComparison::UsualRoutine);
    trial.otherTherapyCode = row.value(5).toString();
    trial.otherTherapyName = row.value(6).toString();
    trial.outcome = enumFromCode<TrialOutcome>(kTrialOutcomeCodes, row.value(7).toString())
                        .value_or(TrialOutcome::Pain);
    trial.secondaryOutcomes = outcomesOf(row.value(8).toString());
    trial.periodDays = row.value(9).toInt();
    trial.cycles = row.value(10).toInt();
    trial.baselinePeriod = row.value(11).toInt() != 0;
    trial.meaningfulDifference = row.value(12).toDouble();
    trial.seed = static_cast<quint64>(row.value(13).toLongLong());
    trial.startDate = QDate::fromString(row.value(14).toString(), Qt::ISODate);
    trial.status = enumFromCode<TrialStatus>(kTrialStatusCodes, row.value(15).toString())
                       .value_or(TrialStatus::Running);
    return trial;
}

void bindTrial(SqlStatement& statement, const TherapyTrial& trial) {
    const bool other = trial.comparison == TrialComparison::OtherTherapy;
    statement.bind(key("uuid"), trial.uuid.toString(QUuid::WithoutBraces))
        .bind(key("therapy"), trial.therapyCode)
        .bind(key("comparison"), codeOf<TrialComparison>(kTrialComparisonCodes, trial.comparison))
        .bind(key("other"),
              other ? QVariant(trial.otherTherapyCode) : QVariant(QMetaType::fromType<QString>()))
        .bind(key("outcome"), codeOf<TrialOutcome>(kTrialOutcomeCodes, trial.outcome))
        .bind(key("secondary"), nonNullText(outcomesText(trial.secondaryOutcomes)))
        .bind(key("period"), trial.periodDays)
        .bind(key("cycles"), trial.cycles)
        .bind(key("baseline"), trial.baselinePeriod ? 1 : 0)
        .bind(key("meaningful"), trial.meaningfulDifference)
        .bind(key("seed"), static_cast<qint64>(trial.seed))
        .bind(key("start"), isoDay(trial.startDate))
        .bind(key("status"), codeOf<TrialStatus>(kTrialStatusCodes, trial.status));
}

} // namespace

TrialRepository::TrialRepository(const Database& database)
    : m_database(database) {}

void TrialRepository::save(TherapyTrial& trial) {
    validateTherapyTrial(trial);
    TherapyTrial stored = trial;
    if (stored.uuid.isNull())
        stored.uuid = QUuid::createUuid();
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (stored.id == 0) {
        SqlStatement insert(
            m_database.connection(),
            QStringLiteral("INSERT INTO therapy_trial (uuid, therapy_code, comparison, "
                           "other_therapy_code, outcome, secondary_outcomes, period_days, cycles, "
                           "baseline_period, meaningful_difference, seed, start_day, status) "
                           "VALUES (:uuid, :therapy, :comparison, :other, :outcome, :secondary, "
                           ":period, :cycles, :baseline, :meaningful, :seed, :start, :status) "
                           "RETURNING id"));
        bindTrial(insert, stored);
        insert.exec();
        if (!insert.next())
            throw StorageError(QStringLiteral("The trial did not get an id from the database."));
        stored.id = insert.value(0).toLongLong();
        insert.query().finish();
    } else {
        SqlStatement update(
            m_database.connection(),
            QStringLiteral("UPDATE therapy_trial SET uuid = :uuid, therapy_code = :therapy, "
                           "comparison = :comparison, other_therapy_code = :other, outcome = "
                           ":outcome, secondary_outcomes = :secondary, period_days = :period, "
                           "cycles = :cycles, baseline_period = :baseline, meaningful_difference "
                           "= :meaningful, seed = :seed, start_day = :start, status = :status "
                           "WHERE id = :id"));
        bindTrial(update, stored);
        update.bind(key("id"), stored.id).exec();
        if (update.query().numRowsAffected() != 1)
            throw StorageError(QStringLiteral("The trial to change no longer exists."));
    }
    writePauses(stored);
    transaction.commit();
    trial = *this->trial(stored.id); // with the therapies' names
    announce(m_database, &DiaryNotifier::trialsChanged);
}

void TrialRepository::writePauses(const TherapyTrial& trial) {
    SqlStatement clear(m_database.connection(),
                       QStringLiteral("DELETE FROM trial_pause WHERE trial_id = :id"));
    clear.bind(key("id"), trial.id).exec();
    for (const TrialPause& pause : trial.pauses) {
        SqlStatement insert(m_database.connection(),
                            QStringLiteral("INSERT INTO trial_pause (trial_id, from_day, days) "
                                           "VALUES (:id, :from, :days)"));
        insert.bind(key("id"), trial.id)
            .bind(key("from"), isoDay(pause.from))
            .bind(key("days"), pause.days)
            .exec();
    }
}

QList<TrialPause> TrialRepository::pausesOf(qint64 trialId) const {
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT from_day, days FROM trial_pause WHERE trial_id = "
                                      ":id ORDER BY from_day"));
    query.bind(key("id"), trialId).exec();
    QList<TrialPause> pauses;
    while (query.next())
        pauses.append(
            {QDate::fromString(query.value(0).toString(), Qt::ISODate), query.value(1).toInt()});
    return pauses;
}

void TrialRepository::put(TherapyTrial& trial) {
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    TherapyTrial stored = trial;
    stored.id = idOf(stored.uuid);
    save(stored);
    transaction.commit();
    trial = stored;
}

void TrialRepository::removeByUuid(const QUuid& uuid) {
    remove(idOf(uuid));
}

qint64 TrialRepository::idOf(const QUuid& uuid) const {
    return rowIdOfUuid(m_database.connection(), "therapy_trial", uuid);
}

void TrialRepository::remove(qint64 id) {
    deleteOneRow(m_database.connection(), m_database.dialect(), "therapy_trial", id,
                 QStringLiteral("The trial to remove no longer exists."));
    announce(m_database, &DiaryNotifier::trialsChanged);
}

std::optional<TherapyTrial> TrialRepository::trial(qint64 id) const {
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT %1 WHERE t.id = :id").arg(kTrialColumns));
    query.bind(key("id"), id).exec();
    if (!query.next())
        return std::nullopt;
    TherapyTrial found = trialFrom(query);
    found.pauses = pausesOf(id);
    return found;
}

QList<TherapyTrial> TrialRepository::trials() const {
    SqlStatement query(
        m_database.connection(),
        QStringLiteral("SELECT %1 ORDER BY t.start_day DESC, t.id DESC").arg(kTrialColumns));
    query.exec();
    QList<TherapyTrial> found;
    while (query.next())
        found.append(trialFrom(query));
    for (TherapyTrial& trial : found)
        trial.pauses = pausesOf(trial.id);
    return found;
}

std::optional<TherapyTrial> TrialRepository::runningOn(const QDate& day) const {
    for (const TherapyTrial& trial : trials()) {
        if (trial.status == TrialStatus::Running && trialDayOf(trialSchedule(trial), day))
            return trial;
    }
    return std::nullopt;
}

void TrialRepository::setFollowed(qint64 trialId, const QDate& day, bool followed) {
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    SqlStatement clear(m_database.connection(),
                       QStringLiteral("DELETE FROM trial_adherence WHERE trial_id = :id AND "
                                      "day = :day"));
    clear.bind(key("id"), trialId).bind(key("day"), isoDay(day)).exec();
    SqlStatement insert(m_database.connection(),
                        QStringLiteral("INSERT INTO trial_adherence (trial_id, day, followed) "
                                       "VALUES (:id, :day, :followed)"));
    insert.bind(key("id"), trialId)
        .bind(key("day"), isoDay(day))
        .bind(key("followed"), followed ? 1 : 0)
        .exec();
    transaction.commit();
    announce(m_database, &DiaryNotifier::trialsChanged);
}

void TrialRepository::clearFollowed(qint64 trialId, const QDate& day) {
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    SqlStatement clear(m_database.connection(),
                       QStringLiteral("DELETE FROM trial_adherence WHERE trial_id = :id AND "
                                      "day = :day"));
    clear.bind(key("id"), trialId).bind(key("day"), isoDay(day)).exec();
    transaction.commit();
    announce(m_database, &DiaryNotifier::trialsChanged);
}

QHash<QDate, bool> TrialRepository::followed(qint64 trialId) const {
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT day, followed FROM trial_adherence WHERE "
                                      "trial_id = :id"));
    query.bind(key("id"), trialId).exec();
    QHash<QDate, bool> days;
    while (query.next())
        days.insert(QDate::fromString(query.value(0).toString(), Qt::ISODate),
                    query.value(1).toInt() != 0);
    return days;
}

QHash<QDate, TrialDayRecord> TrialRepository::dayRecords(const TherapyTrial& trial,
                                                         const QList<TrialPeriod>& schedule,
                                                         TrialOutcome outcome) const {
    QHash<QDate, TrialDayRecord> records;
    if (schedule.isEmpty())
        return records;
    const QHash<QDate, bool> adherence = followed(trial.id);
    for (const DailySummary& day :
         CheckInRepository(m_database).dailySummaries(trial.startDate, trialLastDay(schedule))) {
        TrialDayRecord& record = records[day.day];
        record.outcome = outcomeOf(day, outcome);
    }
    for (auto it = adherence.cbegin(); it != adherence.cend(); ++it)
        records[it.key()].followed = it.value();
    return records;
}

} // namespace painpace
