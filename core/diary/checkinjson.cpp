#include "checkinjson.h"

#include <QJsonArray>

#include "validationissue.h"

namespace painpace {

namespace {

[[noreturn]] void malformed(const QString& field, const QString& what) {
    throw ValidationError({{field, QStringLiteral("%1: %2").arg(field, what)}});
}

QJsonValue optionalNumber(const std::optional<int>& value) {
    return value ? QJsonValue(*value) : QJsonValue();
}

std::optional<int> readOptionalInt(const QJsonObject& json, const char* name) {
    const QJsonValue value = json.value(QLatin1String(name));
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    if (!value.isDouble())
        malformed(QLatin1String(name), QStringLiteral("a whole number was expected"));
    return value.toInt();
}

template <typename Enum, std::size_t N>
Enum readCode(const QJsonObject& json, const char* name, const std::array<EnumCode<Enum>, N>& codes,
              const QString& field) {
    const auto value = enumFromCode<Enum>(codes, json.value(QLatin1String(name)).toString());
    if (!value)
        malformed(
            field,
            QStringLiteral("unknown value '%1'").arg(json.value(QLatin1String(name)).toString()));
    return *value;
}

QJsonValue pointToJson(const QPointF& point) {
    return QJsonArray{point.x(), point.y()};
}

QPointF pointFromJson(const QJsonValue& value, const QString& field) {
    const QJsonArray pair = value.toArray();
    if (pair.size() != 2 || !pair[0].isDouble() || !pair[1].isDouble())
        malformed(field, QStringLiteral("a pair of numbers was expected"));
    return {pair[0].toDouble(), pair[1].toDouble()};
}

QJsonArray marksToJson(const QList<PainMark>& marks) {
    QJsonArray array;
    for (const PainMark& mark : marks) {
        QJsonObject json{
            {QStringLiteral("view"), codeOf<BodyView>(kBodyViewCodes, mark.view)},
            {QStringLiteral("point"), pointToJson(mark.point)},
            {QStringLiteral("region"), mark.regionCode},
            {QStringLiteral("intensity"), mark.intensity},
            {QStringLiteral("quality"), codeOf<PainQuality>(kPainQualityCodes, mark.quality)},
            {QStringLiteral("triggerPoint"), mark.triggerPoint}};
        if (mark.referredTo)
            json.insert(QStringLiteral("referredTo"), pointToJson(*mark.referredTo));
        array.append(json);
    }
    return array;
}

QList<PainMark> marksFromJson(const QJsonArray& array) {
    QList<PainMark> marks;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject json = array[i].toObject();
        const QString field = QStringLiteral("marks[%1]").arg(i);
        PainMark mark;
        mark.view =
            readCode<BodyView>(json, "view", kBodyViewCodes, field + QStringLiteral(".view"));
        mark.point =
            pointFromJson(json.value(QStringLiteral("point")), field + QStringLiteral(".point"));
        mark.regionCode = json.value(QStringLiteral("region")).toString();
        mark.intensity = json.value(QStringLiteral("intensity")).toInt(-1);
        mark.quality = readCode<PainQuality>(json, "quality", kPainQualityCodes,
                                             field + QStringLiteral(".quality"));
        mark.triggerPoint = json.value(QStringLiteral("triggerPoint")).toBool();
        if (json.contains(QStringLiteral("referredTo")))
            mark.referredTo = pointFromJson(json.value(QStringLiteral("referredTo")),
                                            field + QStringLiteral(".referredTo"));
        marks.append(mark);
    }
    return marks;
}

QJsonArray spasmsToJson(const QList<SpasmEvent>& spasms) {
    QJsonArray array;
    for (const SpasmEvent& spasm : spasms) {
        array.append(QJsonObject{
            {QStringLiteral("kind"), codeOf<SpasmKind>(kSpasmKindCodes, spasm.kind)},
            {QStringLiteral("region"), spasm.regionCode},
            {QStringLiteral("count"), spasm.count},
            {QStringLiteral("durationSeconds"), spasm.duration.count},
            {QStringLiteral("intensity"), spasm.intensity},
            {QStringLiteral("context"), codeOf<SpasmContext>(kSpasmContextCodes, spasm.context)}});
    }
    return array;
}

QList<SpasmEvent> spasmsFromJson(const QJsonArray& array) {
    QList<SpasmEvent> spasms;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject json = array[i].toObject();
        const QString field = QStringLiteral("spasms[%1]").arg(i);
        SpasmEvent spasm;
        spasm.kind =
            readCode<SpasmKind>(json, "kind", kSpasmKindCodes, field + QStringLiteral(".kind"));
        spasm.regionCode = json.value(QStringLiteral("region")).toString();
        spasm.count = json.value(QStringLiteral("count")).toInt(0);
        spasm.duration = Seconds{json.value(QStringLiteral("durationSeconds")).toInt(-1)};
        spasm.intensity = json.value(QStringLiteral("intensity")).toInt(-1);
        spasm.context = readCode<SpasmContext>(json, "context", kSpasmContextCodes,
                                               field + QStringLiteral(".context"));
        spasms.append(spasm);
    }
    return spasms;
}

QJsonArray therapiesToJson(const QList<TherapyUse>& uses) {
    QJsonArray array;
    for (const TherapyUse& use : uses) {
        QJsonObject json{{QStringLiteral("therapy"), use.therapyCode},
                         {QStringLiteral("unit"), use.unit}};
        json.insert(QStringLiteral("dose"), use.dose ? QJsonValue(*use.dose) : QJsonValue());
        json.insert(QStringLiteral("minutes"),
                    use.duration ? QJsonValue(use.duration->count) : QJsonValue());
        json.insert(QStringLiteral("takenAt"),
                    use.takenAtUtc ? QJsonValue(use.takenAtUtc->toString(Qt::ISODateWithMs))
                                   : QJsonValue());
        array.append(json);
    }
    return array;
}

QList<TherapyUse> therapiesFromJson(const QJsonArray& array) {
    QList<TherapyUse> uses;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject json = array[i].toObject();
        TherapyUse use;
        use.therapyCode = json.value(QStringLiteral("therapy")).toString();
        use.unit = json.value(QStringLiteral("unit")).toString();
        if (json.value(QStringLiteral("dose")).isDouble())
            use.dose = json.value(QStringLiteral("dose")).toDouble();
        if (const auto minutes = readOptionalInt(json, "minutes"))
            use.duration = Minutes{*minutes};
        if (json.value(QStringLiteral("takenAt")).isString()) {
            const QDateTime taken = QDateTime::fromString(
                json.value(QStringLiteral("takenAt")).toString(), Qt::ISODateWithMs);
            if (!taken.isValid())
                malformed(QStringLiteral("therapies[%1].takenAt").arg(i),
                          QStringLiteral("not a date and time"));
            use.takenAtUtc = taken.toUTC();
        }
        uses.append(use);
    }
    return uses;
}

} // namespace

QJsonObject checkInToJson(const CheckIn& checkIn) {
    QJsonArray triggers;
    for (const TriggerRating& rating : checkIn.triggers)
        triggers.append(QJsonObject{
            {QStringLiteral("trigger"), rating.triggerCode},
            {QStringLiteral("level"), codeOf<TriggerLevel>(kTriggerLevelCodes, rating.level)}});
    QJsonArray redFlags;
    for (RedFlag flag : checkIn.redFlags)
        redFlags.append(redFlagCode(flag));
    return {
        {QStringLiteral("uuid"), checkIn.uuid.isNull()
                                     ? QJsonValue()
                                     : QJsonValue(checkIn.uuid.toString(QUuid::WithoutBraces))},
        {QStringLiteral("at"), checkIn.moment.utc.toString(Qt::ISODateWithMs)},
        {QStringLiteral("utcOffsetMinutes"), checkIn.moment.utcOffsetMinutes},
        {QStringLiteral("day"), checkIn.moment.localDay.toString(Qt::ISODate)},
        {QStringLiteral("pain"), checkIn.pain},
        {QStringLiteral("morningStiffnessMinutes"),
         checkIn.morningStiffness ? QJsonValue(checkIn.morningStiffness->count) : QJsonValue()},
        {QStringLiteral("fatigue"), optionalNumber(checkIn.fatigue)},
        {QStringLiteral("stress"), optionalNumber(checkIn.stress)},
        {QStringLiteral("mood"), optionalNumber(checkIn.mood)},
        {QStringLiteral("sleepMinutes"),
         checkIn.sleep ? QJsonValue(checkIn.sleep->count) : QJsonValue()},
        {QStringLiteral("sleepQuality"), optionalNumber(checkIn.sleepQuality)},
        {QStringLiteral("fibroFog"), optionalNumber(checkIn.fibroFog)},
        {QStringLiteral("flare"), checkIn.flare},
        {QStringLiteral("note"), checkIn.note},
        {QStringLiteral("marks"), marksToJson(checkIn.marks)},
        {QStringLiteral("spasms"), spasmsToJson(checkIn.spasms)},
        {QStringLiteral("triggers"), triggers},
        {QStringLiteral("therapies"), therapiesToJson(checkIn.therapies)},
        {QStringLiteral("redFlags"), redFlags},
    };
}

CheckIn checkInFromJson(const QJsonObject& json) {
    CheckIn checkIn;
    if (json.value(QStringLiteral("uuid")).isString())
        checkIn.uuid = QUuid::fromString(json.value(QStringLiteral("uuid")).toString());
    checkIn.moment.utc =
        QDateTime::fromString(json.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs)
            .toUTC();
    checkIn.moment.utcOffsetMinutes = json.value(QStringLiteral("utcOffsetMinutes")).toInt();
    checkIn.moment.localDay =
        QDate::fromString(json.value(QStringLiteral("day")).toString(), Qt::ISODate);
    if (!json.value(QStringLiteral("pain")).isDouble())
        malformed(QStringLiteral("pain"), QStringLiteral("a number from 0 to 10 was expected"));
    checkIn.pain = json.value(QStringLiteral("pain")).toInt();
    if (const auto minutes = readOptionalInt(json, "morningStiffnessMinutes"))
        checkIn.morningStiffness = Minutes{*minutes};
    checkIn.fatigue = readOptionalInt(json, "fatigue");
    checkIn.stress = readOptionalInt(json, "stress");
    checkIn.mood = readOptionalInt(json, "mood");
    if (const auto minutes = readOptionalInt(json, "sleepMinutes"))
        checkIn.sleep = Minutes{*minutes};
    checkIn.sleepQuality = readOptionalInt(json, "sleepQuality");
    checkIn.fibroFog = readOptionalInt(json, "fibroFog");
    checkIn.flare = json.value(QStringLiteral("flare")).toBool();
    checkIn.note = json.value(QStringLiteral("note")).toString();
    checkIn.marks = marksFromJson(json.value(QStringLiteral("marks")).toArray());
    checkIn.spasms = spasmsFromJson(json.value(QStringLiteral("spasms")).toArray());
    const QJsonArray triggers = json.value(QStringLiteral("triggers")).toArray();
    for (qsizetype i = 0; i < triggers.size(); ++i) {
        const QJsonObject rating = triggers[i].toObject();
        checkIn.triggers.append(
            {rating.value(QStringLiteral("trigger")).toString(),
             readCode<TriggerLevel>(rating, "level", kTriggerLevelCodes,
                                    QStringLiteral("triggers[%1].level").arg(i))});
    }
    checkIn.therapies = therapiesFromJson(json.value(QStringLiteral("therapies")).toArray());
    for (const QJsonValue& code : json.value(QStringLiteral("redFlags")).toArray()) {
        const auto flag = redFlagFromCode(code.toString());
        if (!flag)
            malformed(QStringLiteral("redFlags"),
                      QStringLiteral("unknown warning sign '%1'").arg(code.toString()));
        checkIn.redFlags.append(*flag);
    }
    return checkIn;
}

} // namespace painpace
