#include "diaryjson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

#include "checkinjson.h"
#include "diary/checkinvalidator.h"
#include "jsonfields.h"
#include "jsonwording.h"
#include "pacingjson.h"
#include "questionnairejson.h"
#include "textposition.h"
#include "trialjson.h"
#include "underpath.h"
#include "unreadjsonfields.h"

namespace painpace {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("DiaryJson", text);
}

QJsonValue optionalValue(const std::optional<double>& value) {
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonArray catalogueToJson(const DiaryDocument& document, QJsonArray& therapies) {
    QJsonArray triggers;
    for (const TriggerDefinition& trigger : document.ownTriggers)
        triggers.append(QJsonObject{{QStringLiteral("code"), trigger.code},
                                    {QStringLiteral("name"), trigger.name}});
    for (const TherapyDefinition& therapy : document.ownTherapies)
        therapies.append(QJsonObject{
            {QStringLiteral("code"), therapy.code},
            {QStringLiteral("name"), therapy.name},
            {QStringLiteral("kind"), codeOf<TherapyKind>(kTherapyKindCodes, therapy.kind)},
            {QStringLiteral("usualDose"), optionalValue(therapy.usualDose)},
            {QStringLiteral("usualUnit"), therapy.usualUnit},
            {QStringLiteral("usualMinutes"),
             therapy.usualMinutes ? QJsonValue(*therapy.usualMinutes) : QJsonValue()}});
    return triggers;
}

// Record ids must be unique within their kind: a file that repeats one is refused, since which
// of the two was meant cannot be known.
class UuidRegister {
public:
    void add(const QUuid& uuid, const QString& path) {
        if (uuid.isNull())
            return;
        const auto seen = m_paths.constFind(uuid);
        if (seen != m_paths.constEnd())
            JsonFields::failAt(path + QStringLiteral(".uuid"),
                               tr("the same id as %1; every record needs its own").arg(*seen));
        m_paths.insert(uuid, path);
    }

private:
    QHash<QUuid, QString> m_paths;
};

template <typename Record, typename Read>
QList<Record> readList(const JsonFields& root, const char* name, Read&& read) {
    const QJsonArray array = root.array(name);
    QList<Record> records;
    records.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(QLatin1String(name)).arg(i);
        if (!array[i].isObject())
            JsonFields::failAt(path, tr("an object was expected"));
        records.append(read(array[i].toObject(), path));
    }
    return records;
}

void readCatalogue(const JsonFields& root, DiaryDocument& document) {
    const QJsonArray triggers = root.array("ownTriggers");
    for (qsizetype i = 0; i < triggers.size(); ++i) {
        const JsonFields json = JsonFields::element(triggers, i, QStringLiteral("ownTriggers"));
        document.ownTriggers.append({json.text("code"), json.text("name"), false});
    }
    const QJsonArray therapies = root.array("ownTherapies");
    for (qsizetype i = 0; i < therapies.size(); ++i) {
        const JsonFields json = JsonFields::element(therapies, i, QStringLiteral("ownTherapies"));
        TherapyDefinition therapy;
        therapy.code = json.text("code");
        therapy.name = json.text("name");
        therapy.kind = json.code<TherapyKind>("kind", kTherapyKindCodes);
        therapy.usualDose = json.optionalNumber("usualDose");
        therapy.usualUnit = json.optionalText("usualUnit");
        therapy.usualMinutes = json.optionalWholeNumber("usualMinutes");
        document.ownTherapies.append(therapy);
    }
}

void checkFormat(const JsonFields& root) {
    if (root.optionalText("format") != QLatin1String(kDiaryJsonFormat))
        root.fail("format", tr("this is not a PainPace diary export"));
    const int version = root.wholeNumber("formatVersion");
    if (version > kDiaryJsonVersion)
        root.fail("formatVersion", tr("the file was written by a newer PainPace (format %1); "
                                      "update PainPace to import it")
                                       .arg(version));
    if (version < 1)
        root.fail("formatVersion", tr("unknown format %1").arg(version));
}

QJsonObject parseObject(QByteArray json) {
    if (json.startsWith("\xFF\xFE") || json.startsWith("\xFE\xFF"))
        JsonFields::failAt(QStringLiteral("file"),
                           tr("the file is in UTF-16; PainPace reads UTF-8 (save it as UTF-8)"));
    if (json.startsWith("\xEF\xBB\xBF"))
        json.remove(0, 3);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const TextPosition where = textPositionAt(json, error.offset);
        JsonFields::failAt(QStringLiteral("line %1, column %2").arg(where.line).arg(where.column),
                           error.errorString());
    }
    if (!document.isObject())
        JsonFields::failAt(QStringLiteral("file"), tr("a JSON object was expected"));
    if (const auto problem = findJsonWordingProblem(json)) {
        const TextPosition where = textPositionAt(json, problem->offset);
        JsonFields::failAt(QStringLiteral("line %1, column %2").arg(where.line).arg(where.column),
                           problem->message);
    }
    return document.object();
}

} // namespace

QByteArray diaryToJson(const DiaryDocument& document) {
    return QJsonDocument(diaryToJsonObject(document)).toJson(QJsonDocument::Indented);
}

QJsonObject diaryToJsonObject(const DiaryDocument& document) {
    QJsonArray therapies;
    const QJsonArray triggers = catalogueToJson(document, therapies);
    QJsonArray checkIns;
    for (const CheckIn& checkIn : document.checkIns)
        checkIns.append(checkInToJson(checkIn));
    QJsonArray questionnaires;
    for (const QuestionnaireRecord& record : document.questionnaires)
        questionnaires.append(questionnaireToJson(record));
    QJsonArray plans;
    for (const PacingPlanRecord& plan : document.pacingPlans)
        plans.append(pacingPlanToJson(plan));
    QJsonArray trials;
    for (const TherapyTrialRecord& trial : document.trials)
        trials.append(trialToJson(trial));
    return QJsonObject{{QStringLiteral("format"), QLatin1String(kDiaryJsonFormat)},
                       {QStringLiteral("formatVersion"), kDiaryJsonVersion},
                       {QStringLiteral("ownTriggers"), triggers},
                       {QStringLiteral("ownTherapies"), therapies},
                       {QStringLiteral("checkIns"), checkIns},
                       {QStringLiteral("questionnaires"), questionnaires},
                       {QStringLiteral("pacingPlans"), plans},
                       {QStringLiteral("trials"), trials}};
}

DiaryDocument diaryFromJson(const QByteArray& json) {
    return diaryFromJsonObject(parseObject(json));
}

JsonImport importDiaryJson(const QByteArray& json) {
    const QJsonObject root = parseObject(json);
    const UnreadJsonFields unread;
    JsonImport import{diaryFromJsonObject(root), {}};
    import.notes = unread.notes(root);
    return import;
}

DiaryDocument diaryFromJsonObject(const QJsonObject& object) {
    const JsonFields root(object, QString());
    checkFormat(root);
    DiaryDocument document;
    readCatalogue(root, document);
    UuidRegister uuids;
    document.checkIns =
        readList<CheckIn>(root, "checkIns", [&](const QJsonObject& object, const QString& path) {
            CheckIn checkIn = checkInFromJson(object, path);
            validateUnder(path, [&] {
                const ValidationIssues issues = validateCheckIn(checkIn);
                if (!issues.isEmpty())
                    throw ValidationError(issues);
            });
            uuids.add(checkIn.uuid, path);
            return checkIn;
        });
    document.questionnaires = readList<QuestionnaireRecord>(
        root, "questionnaires", [&](const QJsonObject& object, const QString& path) {
            QuestionnaireRecord record = questionnaireFromJson(object, path);
            uuids.add(record.uuid, path);
            return record;
        });
    document.pacingPlans = readList<PacingPlanRecord>(
        root, "pacingPlans", [&](const QJsonObject& object, const QString& path) {
            PacingPlanRecord record = pacingPlanFromJson(object, path);
            uuids.add(record.plan.uuid, path);
            for (qsizetype i = 0; i < record.sessions.size(); ++i)
                uuids.add(record.sessions[i].uuid,
                          QStringLiteral("%1.sessions[%2]").arg(path).arg(i));
            return record;
        });
    document.trials = readList<TherapyTrialRecord>(
        root, "trials", [&](const QJsonObject& object, const QString& path) {
            TherapyTrialRecord record = trialFromJson(object, path);
            uuids.add(record.trial.uuid, path);
            return record;
        });
    document.checkInsValidated = true;
    return document;
}

} // namespace painpace
