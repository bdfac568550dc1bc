#include "diaryimporter.h"

#include <QCoreApplication>
#include <QSet>
#include <QSignalBlocker>

#include "cataloguerows.h"
#include "checkinrepository.h"
#include "database.h"
#include "diary/builtincatalogue.h"
#include "diary/checkinvalidator.h"
#include "diary/validationissue.h"
#include "diarynotifier.h"
#include "exchange/underpath.h"
#include "pacingrepository.h"
#include "questionnairerepository.h"
#include "sqlnames.h"
#include "sqlstatement.h"
#include "trialrepository.h"
#include "wholediarycheck.h"
#include "writetransaction.h"

namespace painpace {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("DiaryImporter", text);
}

using sqlnames::uuidText;

constexpr int kMaxOwnNameLength = 80;

void checkOwnItem(const QString& path, const QString& code, const QString& name) {
    ValidationIssues issues;
    if (!code.startsWith(QLatin1String("own.")) || code.size() < 5)
        issues.append({path + QStringLiteral(".code"),
                       tr("%1.code: an own item's code starts with 'own.' (it was '%2')")
                           .arg(path, code.left(40))});
    if (name.trimmed().isEmpty() || name.size() > kMaxOwnNameLength)
        issues.append({path + QStringLiteral(".name"),
                       tr("%1.name: a name of 1 to %2 characters was expected")
                           .arg(path)
                           .arg(kMaxOwnNameLength)});
    if (!issues.isEmpty())
        throw ValidationError(issues);
}

void requireKnown(const QSet<QString>& known, const QString& code, const QString& path,
                  const QString& what) {
    if (!known.contains(code))
        throw ValidationError(
            {{path, tr("%1: '%2' is neither one of PainPace's %3 nor one of the file's own")
                        .arg(path, code.left(40), what)}});
}

// Checks the codes of one entry's items against `known`, each code once however many entries
// use it: an unknown one is named where the file first uses it. The path is made only then
// ("checkIns[3].triggers[1].trigger"), not for each of the thousands of entries.
template <typename Item>
void requireKnownOnce(qsizetype entry, const QList<Item>& items, QString Item::*code,
                      const QSet<QString>& known, QSet<QString>& seen, const char* list,
                      const char* field, const QString& what) {
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString& value = items[i].*code;
        if (seen.contains(value))
            continue;
        if (!known.contains(value))
            requireKnown(known, value,
                         QStringLiteral("checkIns[%1].%2[%3].%4")
                             .arg(entry)
                             .arg(QLatin1String(list))
                             .arg(i)
                             .arg(QLatin1String(field)),
                         what);
        seen.insert(value);
    }
}

template <typename Count>
void countBy(const QSet<QString>& existing, const QString& key, Count& count) {
    if (existing.contains(key))
        ++count.alreadyThere;
    else
        ++count.added;
}

} // namespace

int ImportSummary::added() const {
    return ownTriggers.added + ownTherapies.added + checkIns.added + questionnaires.added +
           pacingPlans.added + pacingSessions.added + trials.added;
}

int ImportSummary::alreadyThere() const {
    return ownTriggers.alreadyThere + ownTherapies.alreadyThere + checkIns.alreadyThere +
           questionnaires.alreadyThere + pacingPlans.alreadyThere + pacingSessions.alreadyThere +
           trials.alreadyThere;
}

QString ImportSummary::addedText() const {
    const std::pair<int, const char*> parts[] = {
        {checkIns.added, QT_TRANSLATE_NOOP("DiaryImporter", "%n check-in(s)")},
        {questionnaires.added, QT_TRANSLATE_NOOP("DiaryImporter", "%n questionnaire(s)")},
        {pacingPlans.added, QT_TRANSLATE_NOOP("DiaryImporter", "%n pacing plan(s)")},
        {pacingSessions.added, QT_TRANSLATE_NOOP("DiaryImporter", "%n pacing session(s)")},
        {trials.added, QT_TRANSLATE_NOOP("DiaryImporter", "%n therapy trial(s)")},
        {ownTriggers.added, QT_TRANSLATE_NOOP("DiaryImporter", "%n own trigger(s)")},
        {ownTherapies.added, QT_TRANSLATE_NOOP("DiaryImporter", "%n own therapy(ies)")},
    };
    QStringList texts;
    for (const auto& [count, text] : parts) {
        if (count > 0)
            texts.append(QCoreApplication::translate("DiaryImporter", text, nullptr, count));
    }
    return texts.isEmpty() ? tr("nothing new") : texts.join(QStringLiteral(", "));
}

DiaryImporter::DiaryImporter(const Database& database)
    : m_database(database) {}

QSet<QString> DiaryImporter::uuidsIn(const char* table) const {
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT uuid FROM %1").arg(QLatin1String(table)));
    query.exec();
    QSet<QString> uuids;
    while (query.next())
        uuids.insert(query.value(0).toString());
    return uuids;
}

QSet<QString> DiaryImporter::codesIn(const char* table) const {
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT code FROM %1").arg(QLatin1String(table)));
    query.exec();
    QSet<QString> codes;
    while (query.next())
        codes.insert(query.value(0).toString());
    return codes;
}

void DiaryImporter::checkReferences(const DiaryDocument& document) const {
    QSet<QString> triggers = codesIn("trigger_def");
    QSet<QString> therapies = codesIn("therapy_def");
    for (qsizetype i = 0; i < document.ownTriggers.size(); ++i) {
        const TriggerDefinition& own = document.ownTriggers[i];
        checkOwnItem(QStringLiteral("ownTriggers[%1]").arg(i), own.code, own.name);
        triggers.insert(own.code);
    }
    for (qsizetype i = 0; i < document.ownTherapies.size(); ++i) {
        const TherapyDefinition& own = document.ownTherapies[i];
        checkOwnItem(QStringLiteral("ownTherapies[%1]").arg(i), own.code, own.name);
        therapies.insert(own.code);
    }
    // Each code once, however many entries use it (docs/architecture.md, "Importing").
    QSet<QString> seenTriggers;
    QSet<QString> seenTherapies;
    const QString triggerWords = tr("triggers");
    const QString therapyWords = tr("therapies");
    for (qsizetype i = 0; i < document.checkIns.size(); ++i) {
        const CheckIn& checkIn = document.checkIns[i];
        requireKnownOnce(i, checkIn.triggers, &TriggerRating::triggerCode, triggers, seenTriggers,
                         "triggers", "trigger", triggerWords);
        requireKnownOnce(i, checkIn.therapies, &TherapyUse::therapyCode, therapies, seenTherapies,
                         "therapies", "therapy", therapyWords);
    }
    for (qsizetype i = 0; i < document.trials.size(); ++i) {
        const TherapyTrial& trial = document.trials[i].trial;
        requireKnown(therapies, trial.therapyCode, QStringLiteral("trials[%1].therapy").arg(i),
                     tr("therapies"));
        if (trial.comparison == TrialComparison::OtherTherapy)
            requireKnown(therapies, trial.otherTherapyCode,
                         QStringLiteral("trials[%1].otherTherapy").arg(i), tr("therapies"));
    }
}

void DiaryImporter::validateNewCheckIns(const DiaryDocument& document,
                                        const QSet<QString>& stored) const {
    if (document.checkInsValidated)
        return;
    for (qsizetype i = 0; i < document.checkIns.size(); ++i) {
        const CheckIn& checkIn = document.checkIns[i];
        if (stored.contains(uuidText(checkIn.uuid)))
            continue; // left as the diary has it, so never written
        const ValidationIssues issues = validateCheckIn(checkIn);
        if (!issues.isEmpty())
            validateUnder(QStringLiteral("checkIns[%1]").arg(i),
                          [&] { throw ValidationError(issues); });
    }
}

ImportSummary DiaryImporter::check(const DiaryDocument& document) const {
    const QSet<QString> checkIns = uuidsIn("check_in");
    validateNewCheckIns(document, checkIns);
    checkReferences(document);
    ImportSummary summary;
    const QSet<QString> triggers = codesIn("trigger_def");
    for (const TriggerDefinition& own : document.ownTriggers)
        countBy(triggers, own.code, summary.ownTriggers);
    const QSet<QString> therapies = codesIn("therapy_def");
    for (const TherapyDefinition& own : document.ownTherapies)
        countBy(therapies, own.code, summary.ownTherapies);
    for (const CheckIn& checkIn : document.checkIns)
        countBy(checkIns, uuidText(checkIn.uuid), summary.checkIns);
    const QSet<QString> questionnaires = uuidsIn("questionnaire_result");
    for (const QuestionnaireRecord& record : document.questionnaires)
        countBy(questionnaires, uuidText(record.uuid), summary.questionnaires);
    const QSet<QString> plans = uuidsIn("pacing_plan");
    const QSet<QString> sessions = uuidsIn("pacing_session");
    for (const PacingPlanRecord& record : document.pacingPlans) {
        countBy(plans, uuidText(record.plan.uuid), summary.pacingPlans);
        for (const PacingSession& session : record.sessions)
            countBy(sessions, uuidText(session.uuid), summary.pacingSessions);
    }
    const QSet<QString> trials = uuidsIn("therapy_trial");
    for (const TherapyTrialRecord& record : document.trials)
        countBy(trials, uuidText(record.trial.uuid), summary.trials);
    return summary;
}

ImportSummary DiaryImporter::import(const DiaryDocument& document, const ImportProgress& progress) {
    ImportSummary summary;
    {
        // Views hear about the import once, after it committed; the repositories' own
        // announcements would come before the outer commit and could be rolled back.
        const QSignalBlocker quiet(&m_database.notifier());
        write(document, progress, summary);
    }
    m_database.notifier().announceEverythingChanged();
    return summary;
}

void DiaryImporter::deleteByKey(const char* table, const char* column, const QStringList& keys,
                                const QString& condition) {
    for (const QString& key : keys) {
        SqlStatement remove(m_database.connection(),
                            QStringLiteral("DELETE FROM %1 WHERE %2 = :key%3")
                                .arg(QLatin1String(table), QLatin1String(column), condition));
        remove.bind(sqlnames::key("key"), key).exec();
    }
}

void DiaryImporter::removeImported(const ImportedIds& ids) {
    {
        const QSignalBlocker quiet(&m_database.notifier());
        WriteTransaction transaction(m_database.connection(), m_database.dialect());
        WholeDiaryCheck::require(m_database, tr("took nothing out"));
        // Children go with their parents (ON DELETE CASCADE): marks, spasms, levels, pauses.
        deleteByKey("check_in", "uuid", ids.checkIns);
        deleteByKey("questionnaire_result", "uuid", ids.questionnaires);
        deleteByKey("pacing_session", "uuid", ids.pacingSessions);
        deleteByKey("pacing_plan", "uuid", ids.pacingPlans);
        deleteByKey("therapy_trial", "uuid", ids.trials);
        deleteByKey("trigger_def", "code", ids.ownTriggers,
                    QStringLiteral(" AND built_in = 0 AND NOT EXISTS (SELECT 1 FROM "
                                   "check_in_trigger t WHERE t.trigger_code = trigger_def.code)"));
        deleteByKey("therapy_def", "code", ids.ownTherapies,
                    QStringLiteral(" AND built_in = 0 AND NOT EXISTS (SELECT 1 FROM therapy_use u "
                                   "WHERE u.therapy_code = therapy_def.code) AND NOT EXISTS "
                                   "(SELECT 1 FROM therapy_trial t WHERE t.therapy_code = "
                                   "therapy_def.code OR t.other_therapy_code = therapy_def.code)"));
        transaction.commit();
    }
    m_database.notifier().announceEverythingChanged();
}

void DiaryImporter::write(const DiaryDocument& document, const ImportProgress& progress,
                          ImportSummary& summary) {
    const qsizetype total = document.recordCount();
    qsizetype done = 0;
    const auto step = [&] {
        ++done;
        if (progress && !progress(done, total))
            throw ImportCancelled();
    };
    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db, m_database.dialect());
    // Under the write lock, so nothing can change between the checks and the write: what check()
    // found already there (and so did not validate) is still there when it is skipped below.
    WholeDiaryCheck::require(m_database, tr("imported nothing"));
    summary = check(document);
    ImportedIds& added = summary.addedIds;

    const QSet<QString> triggerCodes = codesIn("trigger_def");
    for (const TriggerDefinition& own : document.ownTriggers) {
        if (!triggerCodes.contains(own.code)) {
            cataloguerows::insertTrigger(db, {own.code, own.name.trimmed(), false});
            added.ownTriggers.append(own.code);
        }
        step();
    }
    const QSet<QString> therapyCodes = codesIn("therapy_def");
    for (TherapyDefinition own : document.ownTherapies) {
        own.builtIn = false;
        own.name = own.name.trimmed();
        if (!therapyCodes.contains(own.code)) {
            cataloguerows::insertTherapy(db, own);
            added.ownTherapies.append(own.code);
        }
        step();
    }

    // Validated by check() before this transaction began, codes included: written as they are,
    // with no savepoint and no query per entry (docs/architecture.md, "Importing").
    CheckInRepository checkIns(m_database);
    const QSet<QString> storedCheckIns = uuidsIn("check_in");
    for (const CheckIn& source : document.checkIns) {
        const QString uuid = uuidText(source.uuid);
        if (!storedCheckIns.contains(uuid)) {
            CheckIn checkIn = source;
            checkIns.addValidated(checkIn);
            added.checkIns.append(uuid);
        }
        step();
    }

    QuestionnaireRepository questionnaires(m_database);
    const QSet<QString> storedQuestionnaires = uuidsIn("questionnaire_result");
    for (qsizetype i = 0; i < document.questionnaires.size(); ++i) {
        QuestionnaireRecord record = document.questionnaires[i];
        if (!storedQuestionnaires.contains(uuidText(record.uuid))) {
            record.id = 0;
            validateUnder(QStringLiteral("questionnaires[%1]").arg(i),
                          [&] { questionnaires.save(record); });
            added.questionnaires.append(uuidText(record.uuid));
        }
        step();
    }

    PacingRepository pacing(m_database);
    const QSet<QString> storedSessions = uuidsIn("pacing_session");
    for (qsizetype i = 0; i < document.pacingPlans.size(); ++i) {
        const PacingPlanRecord& record = document.pacingPlans[i];
        const QString path = QStringLiteral("pacingPlans[%1]").arg(i);
        qint64 planId = pacing.planIdOf(record.plan.uuid);
        bool newPlan = false;
        if (planId == 0) {
            PacingPlan plan = record.plan;
            validateUnder(path, [&] { pacing.importPlan(plan, record.levels); });
            planId = plan.id;
            added.pacingPlans.append(uuidText(plan.uuid));
            newPlan = true;
        }
        for (qsizetype s = 0; s < record.sessions.size(); ++s) {
            PacingSession session = record.sessions[s];
            if (storedSessions.contains(uuidText(session.uuid)))
                continue;
            session.id = 0;
            session.planId = planId;
            validateUnder(QStringLiteral("%1.sessions[%2]").arg(path).arg(s),
                          [&] { pacing.saveSession(session); });
            if (!newPlan) // the sessions of a new plan go with it
                added.pacingSessions.append(uuidText(session.uuid));
        }
        step();
    }

    TrialRepository trials(m_database);
    const QSet<QString> storedTrials = uuidsIn("therapy_trial");
    for (qsizetype i = 0; i < document.trials.size(); ++i) {
        const TherapyTrialRecord& record = document.trials[i];
        if (!storedTrials.contains(uuidText(record.trial.uuid))) {
            TherapyTrial trial = record.trial;
            trial.id = 0;
            validateUnder(QStringLiteral("trials[%1]").arg(i), [&] { trials.save(trial); });
            added.trials.append(uuidText(trial.uuid));
            for (auto it = record.followed.begin(); it != record.followed.end(); ++it)
                trials.setFollowed(trial.id, it.key(), it.value());
        }
        step();
    }
    transaction.commit();
}

} // namespace painpace
