#include "checkinjson.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "diary/redflag.h"
#include "jsonfields.h"

namespace painpace {

namespace {

QJsonValue optionalNumber(const std::optional<int>& value) {
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue pointToJson(const QPointF& point) {
    return QJsonArray{point.x(), point.y()};
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

namespace {

QPointF pointFrom(const JsonFields& fields, const char* name) {
    const QJsonArray pair = fields.array(name);
    if (pair.size() != 2 || !pair[0].isDouble() || !pair[1].isDouble())
        fields.fail(name,
                    QCoreApplication::translate("CheckInJson", "a pair of numbers was expected"));
    return {pair[0].toDouble(), pair[1].toDouble()};
}

QList<PainMark> marksFrom(const JsonFields& entry) {
    const QJsonArray array = entry.array("marks");
    QList<PainMark> marks;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const JsonFields json = JsonFields::element(array, i, entry.pathOf("marks"));
        PainMark mark;
        mark.view = json.code<BodyView>("view", kBodyViewCodes);
        mark.point = pointFrom(json, "point");
        mark.regionCode = json.optionalText("region");
        mark.intensity = json.wholeNumber("intensity");
        mark.quality = json.code<PainQuality>("quality", kPainQualityCodes);
        mark.triggerPoint = json.flag("triggerPoint");
        if (json.has("referredTo"))
            mark.referredTo = pointFrom(json, "referredTo");
        marks.append(mark);
    }
    return marks;
}

QList<SpasmEvent> spasmsFrom(const JsonFields& entry) {
    const QJsonArray array = entry.array("spasms");
    QList<SpasmEvent> spasms;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const JsonFields json = JsonFields::element(array, i, entry.pathOf("spasms"));
        SpasmEvent spasm;
        spasm.kind = json.code<SpasmKind>("kind", kSpasmKindCodes);
        spasm.regionCode = json.optionalText("region");
        spasm.count = json.wholeNumber("count");
        spasm.duration = Seconds{json.wholeNumber("durationSeconds")};
        spasm.intensity = json.wholeNumber("intensity");
        spasm.context = json.code<SpasmContext>("context", kSpasmContextCodes);
        spasms.append(spasm);
    }
    return spasms;
}

QList<TriggerRating> triggersFrom(const JsonFields& entry) {
    const QJsonArray array = entry.array("triggers");
    QList<TriggerRating> triggers;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const JsonFields json = JsonFields::element(array, i, entry.pathOf("triggers"));
        triggers.append(
            {json.text("trigger"), json.code<TriggerLevel>("level", kTriggerLevelCodes)});
    }
    return triggers;
}

QList<TherapyUse> therapiesFrom(const JsonFields& entry) {
    const QJsonArray array = entry.array("therapies");
    QList<TherapyUse> uses;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const JsonFields json = JsonFields::element(array, i, entry.pathOf("therapies"));
        TherapyUse use;
        use.therapyCode = json.text("therapy");
        use.unit = json.optionalText("unit");
        use.dose = json.optionalNumber("dose");
        if (const auto minutes = json.optionalWholeNumber("minutes"))
            use.duration = Minutes{*minutes};
        if (json.has("takenAt"))
            use.takenAtUtc = json.instant("takenAt");
        uses.append(use);
    }
    return uses;
}

QList<RedFlag> redFlagsFrom(const JsonFields& entry) {
    const QJsonArray array = entry.array("redFlags");
    QList<RedFlag> flags;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(entry.pathOf("redFlags")).arg(i);
        const auto flag = redFlagFromCode(array[i].toString());
        if (!flag)
            JsonFields::failAt(
                path, QCoreApplication::translate("CheckInJson", "unknown warning sign '%1'")
                          .arg(array[i].toString().left(40)));
        flags.append(*flag);
    }
    return flags;
}

std::optional<Minutes> optionalMinutes(const JsonFields& json, const char* name) {
    const auto minutes = json.optionalWholeNumber(name);
    return minutes ? std::optional<Minutes>(Minutes{*minutes}) : std::nullopt;
}

} // namespace

CheckIn checkInFromJson(const QJsonObject& object, const QString& path) {
    const JsonFields json(object, path);
    CheckIn checkIn;
    if (json.has("uuid"))
        checkIn.uuid = json.uuid("uuid");
    checkIn.moment.utc = json.instant("at");
    checkIn.moment.utcOffsetMinutes = json.wholeNumber("utcOffsetMinutes");
    checkIn.moment.localDay = json.date("day");
    checkIn.pain = json.wholeNumber("pain");
    checkIn.morningStiffness = optionalMinutes(json, "morningStiffnessMinutes");
    checkIn.fatigue = json.optionalWholeNumber("fatigue");
    checkIn.stress = json.optionalWholeNumber("stress");
    checkIn.mood = json.optionalWholeNumber("mood");
    checkIn.sleep = optionalMinutes(json, "sleepMinutes");
    checkIn.sleepQuality = json.optionalWholeNumber("sleepQuality");
    checkIn.fibroFog = json.optionalWholeNumber("fibroFog");
    checkIn.flare = json.flag("flare");
    checkIn.note = json.optionalText("note");
    checkIn.marks = marksFrom(json);
    checkIn.spasms = spasmsFrom(json);
    checkIn.triggers = triggersFrom(json);
    checkIn.therapies = therapiesFrom(json);
    checkIn.redFlags = redFlagsFrom(json);
    return checkIn;
}

} // namespace painpace
