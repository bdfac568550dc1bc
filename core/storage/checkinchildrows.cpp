#include "checkinchildrows.h"

#include <algorithm>

#include "sqlnames.h"
#include "sqlstatement.h"

namespace painpace::checkinchildren {

using sqlnames::key;

namespace {

QVariant nullablePointCoordinate(const std::optional<QPointF>& point, bool x) {
    if (!point)
        return QVariant(QMetaType::fromType<double>());
    return x ? point->x() : point->y();
}

void insertMarks(const QSqlDatabase& db, qint64 id, const QList<PainMark>& marks) {
    if (marks.isEmpty())
        return;
    SqlStatement insert(
        db, QStringLiteral("INSERT INTO pain_mark (check_in_id, ordinal, body_view, x, y, "
                           "region, intensity, quality, trigger_point, referred_x, "
                           "referred_y) VALUES (:id, :ordinal, :view, :x, :y, :region, "
                           ":intensity, :quality, :trigger, :rx, :ry)"));
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const PainMark& mark = marks[i];
        insert.bind(key("id"), id)
            .bind(key("ordinal"), static_cast<int>(i))
            .bind(key("view"), codeOf<BodyView>(kBodyViewCodes, mark.view))
            .bind(key("x"), mark.point.x())
            .bind(key("y"), mark.point.y())
            .bind(key("region"), mark.regionCode)
            .bind(key("intensity"), mark.intensity)
            .bind(key("quality"), codeOf<PainQuality>(kPainQualityCodes, mark.quality))
            .bind(key("trigger"), mark.triggerPoint ? 1 : 0)
            .bind(key("rx"), nullablePointCoordinate(mark.referredTo, true))
            .bind(key("ry"), nullablePointCoordinate(mark.referredTo, false))
            .exec();
    }
}

void insertSpasms(const QSqlDatabase& db, qint64 id, const QList<SpasmEvent>& spasms) {
    if (spasms.isEmpty())
        return;
    SqlStatement insert(db, QStringLiteral("INSERT INTO spasm_event (check_in_id, ordinal, kind, "
                                           "region, spasm_count, duration_s, intensity, context) "
                                           "VALUES (:id, :ordinal, :kind, :region, :count, "
                                           ":duration, :intensity, :context)"));
    for (qsizetype i = 0; i < spasms.size(); ++i) {
        const SpasmEvent& spasm = spasms[i];
        insert.bind(key("id"), id)
            .bind(key("ordinal"), static_cast<int>(i))
            .bind(key("kind"), codeOf<SpasmKind>(kSpasmKindCodes, spasm.kind))
            .bind(key("region"), spasm.regionCode)
            .bind(key("count"), spasm.count)
            .bind(key("duration"), spasm.duration.count)
            .bind(key("intensity"), spasm.intensity)
            .bind(key("context"), codeOf<SpasmContext>(kSpasmContextCodes, spasm.context))
            .exec();
    }
}

void insertTriggers(const QSqlDatabase& db, qint64 id, const QList<TriggerRating>& triggers) {
    if (triggers.isEmpty())
        return;
    SqlStatement insert(db, QStringLiteral("INSERT INTO check_in_trigger (check_in_id, "
                                           "trigger_code, level) VALUES (:id, :code, :level)"));
    for (const TriggerRating& rating : triggers) {
        insert.bind(key("id"), id)
            .bind(key("code"), rating.triggerCode)
            .bind(key("level"), static_cast<int>(rating.level))
            .exec();
    }
}

void insertTherapies(const QSqlDatabase& db, qint64 id, const QList<TherapyUse>& therapies) {
    if (therapies.isEmpty())
        return;
    SqlStatement insert(db, QStringLiteral("INSERT INTO therapy_use (check_in_id, ordinal, "
                                           "therapy_code, dose, unit, minutes, taken_at_utc_ms) "
                                           "VALUES (:id, :ordinal, :code, :dose, :unit, "
                                           ":minutes, :taken)"));
    for (qsizetype i = 0; i < therapies.size(); ++i) {
        const TherapyUse& use = therapies[i];
        insert.bind(key("id"), id)
            .bind(key("ordinal"), static_cast<int>(i))
            .bind(key("code"), use.therapyCode)
            .bind(key("dose"), nullableDouble(use.dose))
            .bind(key("unit"), nonNullText(use.unit))
            .bind(key("minutes"), nullableMinutes(use.duration))
            .bind(key("taken"), use.takenAtUtc ? QVariant(use.takenAtUtc->toMSecsSinceEpoch())
                                               : QVariant(QMetaType::fromType<qint64>()))
            .exec();
    }
}

void insertRedFlags(const QSqlDatabase& db, qint64 id, const QList<RedFlag>& flags) {
    if (flags.isEmpty())
        return;
    SqlStatement insert(
        db,
        QStringLiteral("INSERT INTO check_in_red_flag (check_in_id, flag) VALUES (:id, :flag)"));
    for (RedFlag flag : flags)
        insert.bind(key("id"), id).bind(key("flag"), redFlagCode(flag)).exec();
}

// Runs `select` (which must yield check_in_id first) joined to the filtered check-ins and hands
// each row with its owning entry to `read`.
template <typename Reader>
void forEachChildRow(const QSqlDatabase& db, const QString& select, const QString& where,
                     const QVariantMap& values, QHash<qint64, CheckIn*>& entriesById, Reader read) {
    SqlStatement query(db, select.arg(where));
    for (auto it = values.begin(); it != values.end(); ++it)
        query.bind(it.key(), it.value());
    query.exec();
    while (query.next()) {
        CheckIn* entry = entriesById.value(query.value(0).toLongLong());
        if (entry)
            read(query, *entry);
    }
}

} // namespace

void insertAll(const QSqlDatabase& db, qint64 checkInId, const CheckIn& checkIn) {
    insertMarks(db, checkInId, checkIn.marks);
    insertSpasms(db, checkInId, checkIn.spasms);
    insertTriggers(db, checkInId, checkIn.triggers);
    insertTherapies(db, checkInId, checkIn.therapies);
    insertRedFlags(db, checkInId, checkIn.redFlags);
}

void deleteAll(const QSqlDatabase& db, qint64 checkInId) {
    for (const char* table :
         {"pain_mark", "spasm_event", "check_in_trigger", "therapy_use", "check_in_red_flag"}) {
        SqlStatement(
            db, QStringLiteral("DELETE FROM %1 WHERE check_in_id = :id").arg(QLatin1String(table)))
            .bind(key("id"), checkInId)
            .exec();
    }
}

void loadAll(const QSqlDatabase& db, const QString& where, const QVariantMap& values,
             QHash<qint64, CheckIn*>& entriesById) {
    forEachChildRow(
        db,
        QStringLiteral("SELECT m.check_in_id, m.body_view, m.x, m.y, m.region, m.intensity, "
                       "m.quality, m.trigger_point, m.referred_x, m.referred_y FROM pain_mark m "
                       "JOIN check_in c ON c.id = m.check_in_id WHERE %1 "
                       "ORDER BY m.check_in_id, m.ordinal"),
        where, values, entriesById, [](SqlStatement& row, CheckIn& entry) {
            PainMark mark;
            mark.view = enumFromCode<BodyView>(kBodyViewCodes, row.value(1).toString())
                            .value_or(BodyView::Back);
            mark.point = QPointF(row.value(2).toDouble(), row.value(3).toDouble());
            mark.regionCode = row.value(4).toString();
            mark.intensity = row.value(5).toInt();
            mark.quality = enumFromCode<PainQuality>(kPainQualityCodes, row.value(6).toString())
                               .value_or(PainQuality::Aching);
            mark.triggerPoint = row.value(7).toInt() != 0;
            if (!row.value(8).isNull())
                mark.referredTo = QPointF(row.value(8).toDouble(), row.value(9).toDouble());
            entry.marks.append(mark);
        });
    forEachChildRow(
        db,
        QStringLiteral("SELECT s.check_in_id, s.kind, s.region, s.spasm_count, s.duration_s, "
                       "s.intensity, s.context FROM spasm_event s JOIN check_in c ON "
                       "c.id = s.check_in_id WHERE %1 ORDER BY s.check_in_id, s.ordinal"),
        where, values, entriesById, [](SqlStatement& row, CheckIn& entry) {
            SpasmEvent spasm;
            spasm.kind = enumFromCode<SpasmKind>(kSpasmKindCodes, row.value(1).toString())
                             .value_or(SpasmKind::Spasm);
            spasm.regionCode = row.value(2).toString();
            spasm.count = row.value(3).toInt();
            spasm.duration = Seconds{row.value(4).toInt()};
            spasm.intensity = row.value(5).toInt();
            spasm.context = enumFromCode<SpasmContext>(kSpasmContextCodes, row.value(6).toString())
                                .value_or(SpasmContext::Rest);
            entry.spasms.append(spasm);
        });
    forEachChildRow(db,
                    QStringLiteral("SELECT t.check_in_id, t.trigger_code, t.level FROM "
                                   "check_in_trigger t JOIN check_in c ON c.id = t.check_in_id "
                                   "WHERE %1 ORDER BY t.check_in_id, t.trigger_code"),
                    where, values, entriesById, [](SqlStatement& row, CheckIn& entry) {
                        entry.triggers.append({row.value(1).toString(),
                                               static_cast<TriggerLevel>(row.value(2).toInt())});
                    });
    forEachChildRow(
        db,
        QStringLiteral("SELECT u.check_in_id, u.therapy_code, u.dose, u.unit, u.minutes, "
                       "u.taken_at_utc_ms FROM therapy_use u JOIN check_in c ON "
                       "c.id = u.check_in_id WHERE %1 ORDER BY u.check_in_id, u.ordinal"),
        where, values, entriesById, [](SqlStatement& row, CheckIn& entry) {
            TherapyUse use;
            use.therapyCode = row.value(1).toString();
            use.dose = optionalDouble(row.value(2));
            use.unit = row.value(3).toString();
            use.duration = optionalMinutes(row.value(4));
            if (!row.value(5).isNull())
                use.takenAtUtc = QDateTime::fromMSecsSinceEpoch(row.value(5).toLongLong(), Qt::UTC);
            entry.therapies.append(use);
        });
    loadRedFlags(db, where, values, entriesById);
}

void loadRedFlags(const QSqlDatabase& db, const QString& where, const QVariantMap& values,
                  QHash<qint64, CheckIn*>& entriesById) {
    forEachChildRow(db,
                    QStringLiteral("SELECT f.check_in_id, f.flag FROM check_in_red_flag f JOIN "
                                   "check_in c ON c.id = f.check_in_id WHERE %1 "
                                   "ORDER BY f.check_in_id, f.flag"),
                    where, values, entriesById, [](SqlStatement& row, CheckIn& entry) {
                        if (auto flag = redFlagFromCode(row.value(1).toString()))
                            entry.redFlags.append(*flag);
                    });
    for (CheckIn* entry : entriesById)
        std::sort(entry->redFlags.begin(), entry->redFlags.end());
}

} // namespace painpace::checkinchildren
