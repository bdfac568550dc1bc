#include "bareinsert.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cstdio>
#include <cstdlib>

namespace painpace::bench {

namespace {

void require(bool ok, const QSqlQuery& query) {
    if (ok)
        return;
    std::fprintf(stderr, "bare insert failed: %s\n", qPrintable(query.lastError().text()));
    std::abort();
}

QSqlQuery prepared(const QSqlDatabase& db, const char* sql) {
    QSqlQuery query(db);
    require(query.prepare(QString::fromLatin1(sql)), query);
    return query;
}

QVariant orNull(const std::optional<int>& value) {
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

void exec(QSqlQuery& query) {
    require(query.exec(), query);
}

struct Statements {
    explicit Statements(const QSqlDatabase& db)
        : entry(prepared(db, "INSERT INTO check_in (uuid, at_utc_ms, utc_offset_min, local_day, "
                             "pain, stiffness_min, fatigue, stress, mood, sleep_min, "
                             "sleep_quality, fibro_fog, flare, note, created_utc_ms, "
                             "updated_utc_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                             "?, ?)"))
        , mark(prepared(db, "INSERT INTO pain_mark (check_in_id, ordinal, body_view, x, y, "
                            "region, intensity, quality, trigger_point, referred_x, referred_y) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        , spasm(prepared(db, "INSERT INTO spasm_event (check_in_id, ordinal, kind, region, "
                             "spasm_count, duration_s, intensity, context) VALUES (?, ?, ?, ?, "
                             "?, ?, ?, ?)"))
        , trigger(prepared(db, "INSERT INTO check_in_trigger (check_in_id, trigger_code, level) "
                               "VALUES (?, ?, ?)"))
        , therapy(prepared(db, "INSERT INTO therapy_use (check_in_id, ordinal, therapy_code, "
                               "dose, unit, minutes, taken_at_utc_ms) VALUES (?, ?, ?, ?, ?, ?, "
                               "?)"))
        , flag(prepared(db, "INSERT INTO check_in_red_flag (check_in_id, flag) VALUES (?, ?)")) {}
    QSqlQuery entry, mark, spasm, trigger, therapy, flag;
};

qint64 insertEntry(QSqlQuery& entry, const CheckIn& checkIn, qint64 now) {
    const QVariant values[] = {
        checkIn.uuid.toString(QUuid::WithoutBraces),
        checkIn.moment.utc.toMSecsSinceEpoch(),
        checkIn.moment.utcOffsetMinutes,
        checkIn.moment.localDay.toString(Qt::ISODate),
        checkIn.pain,
        checkIn.morningStiffness ? QVariant(checkIn.morningStiffness->count)
                                 : QVariant(QMetaType::fromType<int>()),
        orNull(checkIn.fatigue),
        orNull(checkIn.stress),
        orNull(checkIn.mood),
        checkIn.sleep ? QVariant(checkIn.sleep->count) : QVariant(QMetaType::fromType<int>()),
        orNull(checkIn.sleepQuality),
        orNull(checkIn.fibroFog),
        checkIn.flare ? 1 : 0,
        checkIn.note.isNull() ? QString(QLatin1String("")) : checkIn.note,
        now,
        now,
    };
    for (int i = 0; i < int(std::size(values)); ++i)
        entry.bindValue(i, values[i]);
    exec(entry);
    return entry.lastInsertId().toLongLong();
}

void bindAll(QSqlQuery& query, std::initializer_list<QVariant> values) {
    int i = 0;
    for (const QVariant& value : values)
        query.bindValue(i++, value);
    exec(query);
}

void insertChildren(Statements& s, qint64 id, const CheckIn& checkIn) {
    const QVariant noDouble(QMetaType::fromType<double>());
    for (int i = 0; i < checkIn.marks.size(); ++i) {
        const PainMark& m = checkIn.marks[i];
        bindAll(s.mark,
                {id, i, codeOf<BodyView>(kBodyViewCodes, m.view), m.point.x(), m.point.y(),
                 m.regionCode, m.intensity, codeOf<PainQuality>(kPainQualityCodes, m.quality),
                 m.triggerPoint ? 1 : 0, m.referredTo ? QVariant(m.referredTo->x()) : noDouble,
                 m.referredTo ? QVariant(m.referredTo->y()) : noDouble});
    }
    for (int i = 0; i < checkIn.spasms.size(); ++i) {
        const SpasmEvent& e = checkIn.spasms[i];
        bindAll(s.spasm, {id, i, codeOf<SpasmKind>(kSpasmKindCodes, e.kind), e.regionCode, e.count,
                          e.duration.count, e.intensity,
                          codeOf<SpasmContext>(kSpasmContextCodes, e.context)});
    }
    for (const TriggerRating& t : checkIn.triggers)
        bindAll(s.trigger, {id, t.triggerCode, static_cast<int>(t.level)});
    for (int i = 0; i < checkIn.therapies.size(); ++i) {
        const TherapyUse& u = checkIn.therapies[i];
        bindAll(s.therapy,
                {id, i, u.therapyCode, u.dose ? QVariant(*u.dose) : noDouble,
                 u.unit.isNull() ? QString(QLatin1String("")) : u.unit,
                 u.duration ? QVariant(u.duration->count) : QVariant(QMetaType::fromType<int>()),
                 u.takenAtUtc ? QVariant(u.takenAtUtc->toMSecsSinceEpoch())
                              : QVariant(QMetaType::fromType<qint64>())});
    }
    for (RedFlag flag : checkIn.redFlags)
        bindAll(s.flag, {id, redFlagCode(flag)});
}

} // namespace

qsizetype rowsOf(const QList<CheckIn>& checkIns) {
    qsizetype rows = 0;
    for (const CheckIn& c : checkIns)
        rows += 1 + c.marks.size() + c.spasms.size() + c.triggers.size() + c.therapies.size() +
                c.redFlags.size();
    return rows;
}

qsizetype insertRowsBare(const QSqlDatabase& db, const QList<CheckIn>& checkIns) {
    QSqlQuery begin(db);
    require(begin.exec(QStringLiteral("BEGIN IMMEDIATE")), begin);
    {
        Statements statements(db);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const CheckIn& checkIn : checkIns)
            insertChildren(statements, insertEntry(statements.entry, checkIn, now), checkIn);
    }
    QSqlQuery commit(db);
    require(commit.exec(QStringLiteral("COMMIT")), commit);
    return rowsOf(checkIns);
}

} // namespace painpace::bench
