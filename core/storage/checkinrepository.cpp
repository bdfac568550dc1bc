#include "checkinrepository.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>

#include "announce.h"
#include "checkinchildrows.h"
#include "database.h"
#include "diary/checkinvalidator.h"
#include "diary/redflag.h"
#include "sqlnames.h"
#include "sqlstatement.h"
#include "storageerror.h"
#include "writetransaction.h"

namespace painpace {

using sqlnames::isoDay;
using sqlnames::key;

namespace {

bool catalogueHas(const QSqlDatabase& db, const char* table, const QString& code) {
    SqlStatement query(
        db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE code = :code").arg(QLatin1String(table)));
    query.bind(key("code"), code).exec();
    return query.next() && query.value(0).toInt() > 0;
}

// Triggers and red flags are sets: store them in one canonical order so a saved entry compares
// equal to the same entry loaded back.
void normalize(CheckIn& checkIn) {
    sortUnorderedLists(checkIn);
}

void bindEntryValues(SqlStatement& statement, const CheckIn& checkIn) {
    statement.bind(key("at"), checkIn.moment.utc.toMSecsSinceEpoch())
        .bind(key("offset"), checkIn.moment.utcOffsetMinutes)
        .bind(key("day"), isoDay(checkIn.moment.localDay))
        .bind(key("pain"), checkIn.pain)
        .bind(key("stiffness"), nullableMinutes(checkIn.morningStiffness))
        .bind(key("fatigue"), nullableInt(checkIn.fatigue))
        .bind(key("stress"), nullableInt(checkIn.stress))
        .bind(key("mood"), nullableInt(checkIn.mood))
        .bind(key("sleep"), nullableMinutes(checkIn.sleep))
        .bind(key("sleepQuality"), nullableInt(checkIn.sleepQuality))
        .bind(key("fog"), nullableInt(checkIn.fibroFog))
        .bind(key("flare"), checkIn.flare ? 1 : 0)
        .bind(key("note"), nonNullText(checkIn.note))
        .bind(key("now"), QDateTime::currentMSecsSinceEpoch());
}

const char* const kEntryColumns =
    "c.id, c.uuid, c.at_utc_ms, c.utc_offset_min, c.local_day, c.pain, c.stiffness_min, "
    "c.fatigue, c.stress, c.mood, c.sleep_min, c.sleep_quality, c.fibro_fog, c.flare, c.note";

CheckIn readEntry(const SqlStatement& row) {
    CheckIn entry;
    entry.id = row.value(0).toLongLong();
    entry.uuid = QUuid::fromString(row.value(1).toString());
    entry.moment.utc = QDateTime::fromMSecsSinceEpoch(row.value(2).toLongLong(), Qt::UTC);
    entry.moment.utcOffsetMinutes = row.value(3).toInt();
    entry.moment.localDay = QDate::fromString(row.value(4).toString(), Qt::ISODate);
    entry.pain = row.value(5).toInt();
    entry.morningStiffness = optionalMinutes(row.value(6));
    entry.fatigue = optionalInt(row.value(7));
    entry.stress = optionalInt(row.value(8));
    entry.mood = optionalInt(row.value(9));
    entry.sleep = optionalMinutes(row.value(10));
    entry.sleepQuality = optionalInt(row.value(11));
    entry.fibroFog = optionalInt(row.value(12));
    entry.flare = row.value(13).toInt() != 0;
    entry.note = row.value(14).toString();
    return entry;
}

std::optional<double> optionalMean(const QVariant& value) {
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

} // namespace

CheckInRepository::CheckInRepository(const Database& database)
    : m_database(database) {}

void CheckInRepository::validate(const CheckIn& checkIn) const {
    ValidationIssues issues = validateCheckIn(checkIn);
    const QSqlDatabase db = m_database.connection();
    for (qsizetype i = 0; i < checkIn.triggers.size(); ++i) {
        if (!catalogueHas(db, "trigger_def", checkIn.triggers[i].triggerCode))
            issues.append({QStringLiteral("triggers[%1].trigger").arg(i),
                           QStringLiteral("'%1' is not in the list of triggers.")
                               .arg(checkIn.triggers[i].triggerCode)});
    }
    for (qsizetype i = 0; i < checkIn.therapies.size(); ++i) {
        if (!catalogueHas(db, "therapy_def", checkIn.therapies[i].therapyCode))
            issues.append({QStringLiteral("therapies[%1].therapy").arg(i),
                           QStringLiteral("'%1' is not in the list of therapies.")
                               .arg(checkIn.therapies[i].therapyCode)});
    }
    if (!issues.isEmpty())
        throw ValidationError(issues);
}

qint64 CheckInRepository::insertEntry(const CheckIn& checkIn) const {
    SqlStatement insert(
        m_database.connection(),
        QStringLiteral("INSERT INTO check_in (uuid, at_utc_ms, utc_offset_min, local_day, pain, "
                       "stiffness_min, fatigue, stress, mood, sleep_min, sleep_quality, "
                       "fibro_fog, flare, note, created_utc_ms, updated_utc_ms) VALUES (:uuid, "
                       ":at, :offset, :day, :pain, :stiffness, :fatigue, :stress, :mood, :sleep, "
                       ":sleepQuality, :fog, :flare, :note, :now, :now) RETURNING id"));
    insert.bind(key("uuid"), checkIn.uuid.toString(QUuid::WithoutBraces));
    bindEntryValues(insert, checkIn);
    insert.exec();
    if (!insert.next())
        throw StorageError(QStringLiteral("The new entry did not get an id from the database."));
    return insert.value(0).toLongLong();
}

void CheckInRepository::updateEntry(const CheckIn& checkIn) const {
    SqlStatement update(
        m_database.connection(),
        QStringLiteral("UPDATE check_in SET at_utc_ms = :at, utc_offset_min = :offset, "
                       "local_day = :day, pain = :pain, stiffness_min = :stiffness, fatigue = "
                       ":fatigue, stress = :stress, mood = :mood, sleep_min = :sleep, "
                       "sleep_quality = :sleepQuality, fibro_fog = :fog, flare = :flare, note = "
                       ":note, updated_utc_ms = :now WHERE id = :id"));
    update.bind(key("id"), checkIn.id);
    bindEntryValues(update, checkIn);
    update.exec();
    if (update.query().numRowsAffected() != 1)
        throw StorageError(QStringLiteral("The entry to update no longer exists."));
    checkinchildren::deleteAll(m_database.connection(), checkIn.id);
}

void CheckInRepository::write(CheckIn& checkIn) const {
    normalize(checkIn);
    if (checkIn.uuid.isNull())
        checkIn.uuid = QUuid::createUuid();
    if (checkIn.id == 0)
        checkIn.id = insertEntry(checkIn);
    else
        updateEntry(checkIn);
    checkinchildren::insertAll(m_database.connection(), checkIn.id, checkIn);
}

void CheckInRepository::announceSaved(const CheckIn& checkIn, bool added) const {
    if (added)
        announce(m_database, &DiaryNotifier::checkInAdded, checkIn.id, checkIn.moment.localDay,
                 checkIn.uuid);
    announce(m_database, &DiaryNotifier::checkInStored, checkIn);
    announce(m_database, &DiaryNotifier::checkInSaved, checkIn.id, checkIn.moment.localDay,
             checkIn.uuid);
}

void CheckInRepository::save(CheckIn& checkIn) {
    validate(checkIn);
    CheckIn stored = checkIn;
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    const bool added = stored.id == 0;
    write(stored);
    transaction.commit();
    checkIn = stored; // only a committed entry gets its id
    announceSaved(checkIn, added);
}

void CheckInRepository::saveAll(QList<CheckIn>& checkIns) {
    for (const CheckIn& checkIn : checkIns)
        validate(checkIn);
    QList<CheckIn> stored = checkIns;
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    for (CheckIn& checkIn : stored)
        write(checkIn);
    transaction.commit();
    checkIns = stored;
    announce(m_database, &DiaryNotifier::diaryReloaded);
}

void CheckInRepository::put(CheckIn& checkIn) {
    validate(checkIn);
    CheckIn stored = checkIn;
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    stored.id = rowIdOfUuid(m_database.connection(), "check_in", stored.uuid);
    const bool added = stored.id == 0;
    write(stored);
    transaction.commit();
    checkIn = stored;
    announceSaved(checkIn, added);
}

void CheckInRepository::addValidated(CheckIn& checkIn) {
    if (!writeTransactionOpen(m_database.connection()))
        throw StorageError(QStringLiteral("An entry is added unchecked only inside a write."));
    checkIn.id = 0;
    write(checkIn);
}

void CheckInRepository::removeByUuid(const QUuid& uuid) {
    remove(rowIdOfUuid(m_database.connection(), "check_in", uuid));
}

void CheckInRepository::remove(qint64 id) {
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    // Only what the announcement needs: the child rows go with the entry (ON DELETE CASCADE).
    SqlStatement existing(m_database.connection(),
                          QStringLiteral("SELECT local_day, uuid FROM check_in WHERE id = :id"));
    existing.bind(key("id"), id).exec();
    if (!existing.next())
        throw StorageError(QStringLiteral("The entry to delete no longer exists."));
    const QDate day = QDate::fromString(existing.value(0).toString(), Qt::ISODate);
    const QUuid uuid = QUuid::fromString(existing.value(1).toString());
    existing.query().finish();
    SqlStatement(m_database.connection(), QStringLiteral("DELETE FROM check_in WHERE id = :id"))
        .bind(key("id"), id)
        .exec();
    transaction.commit();
    announce(m_database, &DiaryNotifier::checkInRemoved, id, day, uuid);
}

QList<CheckIn> CheckInRepository::load(const QString& where, const QVariantMap& values) const {
    const QSqlDatabase db = m_database.connection();
    SqlStatement query(db, QStringLiteral("SELECT %1 FROM check_in c WHERE %2 ORDER BY "
                                          "c.at_utc_ms, c.id")
                               .arg(QLatin1String(kEntryColumns), where));
    for (auto it = values.begin(); it != values.end(); ++it)
        query.bind(it.key(), it.value());
    query.exec();
    QList<CheckIn> entries;
    while (query.next())
        entries.append(readEntry(query));
    QHash<qint64, CheckIn*> byId;
    for (CheckIn& entry : entries)
        byId.insert(entry.id, &entry);
    if (entries.isEmpty())
        return entries;
    checkinchildren::loadAll(db, where, values, byId);
    return entries;
}

std::optional<CheckIn> CheckInRepository::find(qint64 id) const {
    QList<CheckIn> found = load(QStringLiteral("c.id = :id"), {{key("id"), id}});
    if (found.isEmpty())
        return std::nullopt;
    return found.takeFirst();
}

std::optional<CheckIn> CheckInRepository::findByUuid(const QUuid& uuid) const {
    QList<CheckIn> found = load(QStringLiteral("c.uuid = :uuid"),
                                {{key("uuid"), uuid.toString(QUuid::WithoutBraces)}});
    if (found.isEmpty())
        return std::nullopt;
    return found.takeFirst();
}

std::optional<CheckIn> CheckInRepository::latest() const {
    QList<CheckIn> found = load(QStringLiteral("c.id = (SELECT l.id FROM check_in l ORDER BY "
                                               "l.at_utc_ms DESC, l.id DESC LIMIT 1)"),
                                {});
    if (found.isEmpty())
        return std::nullopt;
    return found.takeFirst();
}

std::optional<CheckIn> CheckInRepository::latestWithRoutine() const {
    QList<CheckIn> found = load(
        QStringLiteral("c.id = (SELECT l.id FROM check_in l WHERE EXISTS (SELECT 1 FROM "
                       "check_in_trigger t WHERE t.check_in_id = l.id) OR EXISTS (SELECT 1 FROM "
                       "therapy_use u WHERE u.check_in_id = l.id) ORDER BY l.at_utc_ms DESC, "
                       "l.id DESC LIMIT 1)"),
        {});
    if (found.isEmpty())
        return std::nullopt;
    return found.takeFirst();
}

QList<CheckIn> CheckInRepository::between(const QDate& from, const QDate& to) const {
    return load(QStringLiteral("c.local_day BETWEEN :from AND :to"),
                {{key("from"), isoDay(from)}, {key("to"), isoDay(to)}});
}

QList<CheckIn> CheckInRepository::headlinesBetween(const QDate& from, const QDate& to) const {
    // One statement, each entry's row repeated for each of its warning signs: Today reads this
    // after every save, and a second statement for the signs cost as much as the save's own
    // writes (docs/architecture.md, "Speed").
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT %1, f.flag FROM check_in c LEFT JOIN "
                                      "check_in_red_flag f ON f.check_in_id = c.id WHERE "
                                      "c.local_day BETWEEN :from AND :to ORDER BY c.at_utc_ms, "
                                      "c.id, f.flag")
                           .arg(QLatin1String(kEntryColumns)));
    query.bind(key("from"), isoDay(from)).bind(key("to"), isoDay(to)).exec();
    constexpr int kFlagColumn = 15;
    QList<CheckIn> entries;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (entries.isEmpty() || entries.last().id != id)
            entries.append(readEntry(query));
        if (const QVariant flag = query.value(kFlagColumn); !flag.isNull()) {
            if (auto known = redFlagFromCode(flag.toString()))
                entries.last().redFlags.append(*known);
        }
    }
    for (CheckIn& entry : entries)
        std::sort(entry.redFlags.begin(), entry.redFlags.end());
    return entries;
}

bool CheckInRepository::isEmpty() const {
    return !SqlStatement::scalar(m_database.connection(),
                                 QStringLiteral("SELECT EXISTS (SELECT 1 FROM check_in)"))
                .toBool();
}

namespace {

// The WHERE clause (on check_in c) and values of an entry filter.
std::pair<QString, QVariantMap> filterClause(const EntryFilter& filter) {
    QStringList where{QStringLiteral("c.pain BETWEEN :minPain AND :maxPain")};
    QVariantMap values{{key("minPain"), filter.minPain}, {key("maxPain"), filter.maxPain}};
    if (!filter.noteText.trimmed().isEmpty()) {
        // LIKE wildcards typed by the person are searched for literally.
        QString pattern = filter.noteText.trimmed().toLower();
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        where << QStringLiteral("LOWER(c.note) LIKE :note ESCAPE '\\'");
        values.insert(key("note"), QLatin1Char('%') + pattern + QLatin1Char('%'));
    }
    if (!filter.triggerCode.isEmpty()) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM check_in_trigger t WHERE t.check_in_id = "
                                "c.id AND t.trigger_code = :trigger)");
        values.insert(key("trigger"), filter.triggerCode);
    }
    if (!filter.therapyCode.isEmpty()) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM therapy_use u WHERE u.check_in_id = c.id "
                                "AND u.therapy_code = :therapy)");
        values.insert(key("therapy"), filter.therapyCode);
    }
    if (!filter.regionCode.isEmpty()) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM pain_mark m WHERE m.check_in_id = c.id "
                                "AND m.region = :region)");
        values.insert(key("region"), filter.regionCode);
    }
    if (filter.flareOnly)
        where << QStringLiteral("c.flare = 1");
    if (filter.from) {
        where << QStringLiteral("c.local_day >= :from");
        values.insert(key("from"), isoDay(*filter.from));
    }
    if (filter.to) {
        where << QStringLiteral("c.local_day <= :to");
        values.insert(key("to"), isoDay(*filter.to));
    }
    return {where.join(QStringLiteral(" AND ")), values};
}

} // namespace

QList<CheckIn> CheckInRepository::search(const EntryFilter& filter, int limit) const {
    const auto [where, values] = filterClause(filter);
    QList<CheckIn> found = load(where, values);
    if (found.size() > limit) // keep the newest
        found = found.mid(found.size() - limit);
    return found;
}

QList<CheckIn> CheckInRepository::searchNewestFirst(const EntryFilter& filter, int limit,
                                                    const std::optional<CheckIn>& after) const {
    auto [where, values] = filterClause(filter);
    if (after) {
        where += QStringLiteral(" AND (c.at_utc_ms < :afterAt OR (c.at_utc_ms = :afterAt AND "
                                "c.id < :afterId))");
        values.insert(key("afterAt"), after->moment.utc.toMSecsSinceEpoch());
        values.insert(key("afterId"), after->id);
    }
    values.insert(key("limit"), limit);
    // The page is chosen inside, so the entries' children are read for that page only.
    QList<CheckIn> page = load(QStringLiteral("c.id IN (SELECT c.id FROM check_in c WHERE %1 "
                                              "ORDER BY c.at_utc_ms DESC, c.id DESC LIMIT :limit)")
                                   .arg(where),
                               values);
    std::reverse(page.begin(), page.end());
    return page;
}

int CheckInRepository::countMatching(const EntryFilter& filter) const {
    const auto [where, values] = filterClause(filter);
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT COUNT(*) FROM check_in c WHERE %1").arg(where));
    for (auto it = values.begin(); it != values.end(); ++it)
        query.bind(it.key(), it.value());
    query.exec();
    query.next();
    return query.value(0).toInt();
}

std::optional<CheckIn> CheckInRepository::findMatching(const EntryFilter& filter,
                                                       const QUuid& uuid) const {
    auto [where, values] = filterClause(filter);
    values.insert(key("uuid"), uuid.toString(QUuid::WithoutBraces));
    QList<CheckIn> found = load(where + QStringLiteral(" AND c.uuid = :uuid"), values);
    if (found.isEmpty())
        return std::nullopt;
    return found.takeFirst();
}

namespace {

// The codes of the warning signs that need emergency care, as an SQL list of literals (from the
// app's own catalogue, never from input).
QString emergencyFlagCodes() {
    QStringList codes;
    for (const RedFlagInfo& info : redFlagCatalogue()) {
        if (info.urgency == CareUrgency::Emergency)
            codes << QStringLiteral("'%1'").arg(QLatin1String(info.code));
    }
    return codes.join(QLatin1Char(','));
}

} // namespace

QList<DailySummary> CheckInRepository::dailySummaries(const QDate& from, const QDate& to) const {
    SqlStatement query(
        m_database.connection(),
        QStringLiteral(
            "SELECT c.local_day, COUNT(*), AVG(c.pain), MIN(c.pain), MAX(c.pain), MAX(c.flare), "
            "AVG(c.stiffness_min), AVG(c.fatigue), AVG(c.stress), AVG(c.mood), AVG(c.sleep_min), "
            "AVG(c.sleep_quality), AVG(c.fibro_fog), COALESCE(SUM((SELECT SUM(e.spasm_count) "
            "FROM spasm_event e WHERE e.check_in_id = c.id AND e.kind = 'spasm')), 0), "
            "MAX(CASE WHEN c.note <> '' THEN 1 ELSE 0 END), MAX(CASE WHEN EXISTS (SELECT 1 "
            "FROM check_in_red_flag f WHERE f.check_in_id = c.id) THEN 1 ELSE 0 END), "
            "MAX(CASE WHEN EXISTS (SELECT 1 FROM check_in_red_flag f WHERE f.check_in_id = c.id "
            "AND f.flag IN (%1)) THEN 1 ELSE 0 END) "
            "FROM check_in c WHERE c.local_day BETWEEN :from AND :to "
            "GROUP BY c.local_day ORDER BY c.local_day")
            .arg(emergencyFlagCodes()));
    query.bind(key("from"), isoDay(from)).bind(key("to"), isoDay(to)).exec();
    QList<DailySummary> days;
    while (query.next()) {
        DailySummary day;
        day.day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        day.checkIns = query.value(1).toInt();
        day.meanPain = query.value(2).toDouble();
        day.minPain = query.value(3).toInt();
        day.maxPain = query.value(4).toInt();
        day.flare = query.value(5).toInt() != 0;
        day.meanStiffnessMinutes = optionalMean(query.value(6));
        day.meanFatigue = optionalMean(query.value(7));
        day.meanStress = optionalMean(query.value(8));
        day.meanMood = optionalMean(query.value(9));
        day.meanSleepMinutes = optionalMean(query.value(10));
        day.meanSleepQuality = optionalMean(query.value(11));
        day.meanFibroFog = optionalMean(query.value(12));
        day.spasmCount = query.value(13).toInt();
        day.hasNote = query.value(14).toInt() != 0;
        day.hasRedFlags = query.value(15).toInt() != 0;
        day.care = !day.hasRedFlags          ? CareUrgency::None
                   : query.value(16).toInt() ? CareUrgency::Emergency
                                             : CareUrgency::UrgentDoctor;
        days.append(day);
    }
    return days;
}

QList<QTime> CheckInRepository::recentLocalTimes(int limit) const {
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT at_utc_ms, utc_offset_min FROM check_in ORDER BY "
                                      "at_utc_ms DESC, id DESC LIMIT :limit"));
    query.bind(key("limit"), limit).exec();
    QList<QTime> times;
    while (query.next()) {
        const QDateTime utc = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
        times.append(utc.toOffsetFromUtc(query.value(1).toInt() * 60).time());
    }
    return times;
}

QList<QDate> CheckInRepository::daysWithEntries(const QDate& from, const QDate& to) const {
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT DISTINCT local_day FROM check_in WHERE local_day "
                                      "BETWEEN :from AND :to ORDER BY local_day"));
    query.bind(key("from"), isoDay(from)).bind(key("to"), isoDay(to)).exec();
    QList<QDate> days;
    while (query.next())
        days.append(QDate::fromString(query.value(0).toString(), Qt::ISODate));
    return days;
}

int CheckInRepository::count() const {
    return SqlStatement::scalar(m_database.connection(),
                                QStringLiteral("SELECT COUNT(*) FROM check_in"))
        .toInt();
}

std::optional<QDate> CheckInRepository::firstDay() const {
    return dayFromQuery(QStringLiteral("SELECT MIN(local_day) FROM check_in"));
}

std::optional<QDate> CheckInRepository::lastDay() const {
    return dayFromQuery(QStringLiteral("SELECT MAX(local_day) FROM check_in"));
}

std::optional<QDate> CheckInRepository::dayFromQuery(const QString& sql) const {
    const QVariant day = SqlStatement::scalar(m_database.connection(), sql);
    if (day.isNull())
        return std::nullopt;
    return QDate::fromString(day.toString(), Qt::ISODate);
}

} // namespace painpace
