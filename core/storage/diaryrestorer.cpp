#include "diaryrestorer.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSignalBlocker>
#include <QTemporaryDir>

#include "database.h"
#include "diarybackups.h"
#include "diaryexportreader.h"
#include "diaryimporter.h"
#include "diarynotifier.h"
#include "exchange/checkinjson.h"
#include "exchange/pacingjson.h"
#include "exchange/questionnairejson.h"
#include "exchange/trialjson.h"
#include "privatefiles.h"
#include "sqlnames.h"
#include "sqlstatement.h"
#include "storageerror.h"
#include "wholediarycheck.h"
#include "writetransaction.h"

namespace painpace {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("DiaryRestorer", text);
}

using sqlnames::uuidText;

// The records of one kind by uuid, each as its export writes it: two records are the same to the
// person exactly when their exports are (row ids, which a record does not keep across a restore,
// are not in an export).
template <typename Record, typename UuidOf, typename ToJson>
QHash<QString, QJsonObject> byUuid(const QList<Record>& records, UuidOf uuidOf, ToJson toJson) {
    QHash<QString, QJsonObject> found;
    found.reserve(records.size());
    for (const Record& record : records)
        found.insert(uuidText(uuidOf(record)), toJson(record));
    return found;
}

// Adds to `outdated` the uuids of the records of one kind that the diary has and `target` lacks or
// holds otherwise, and counts every difference.
template <typename Record, typename UuidOf, typename ToJson>
void compareKind(const QList<Record>& current, const QList<Record>& target, UuidOf uuidOf,
                 ToJson toJson, QStringList& outdated, RestoreChanges& changes) {
    const QHash<QString, QJsonObject> now = byUuid(current, uuidOf, toJson);
    const QHash<QString, QJsonObject> wanted = byUuid(target, uuidOf, toJson);
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto match = wanted.constFind(it.key());
        if (match == wanted.cend()) {
            outdated.append(it.key());
            ++changes.removed;
        } else if (match.value() != it.value()) {
            outdated.append(it.key());
            ++changes.replaced;
        }
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
        changes.added += now.contains(it.key()) ? 0 : 1;
}

// A person's own items the diary has and `target` does not. An own item's code never changes
// meaning, so one that both have is the same item and stays.
template <typename Item> QSet<QString> codesOf(const QList<Item>& items) {
    QSet<QString> codes;
    for (const Item& item : items)
        codes.insert(item.code);
    return codes;
}

// A person's own items the diary has and `target` does not. An own item's code never changes
// meaning, so one that both have is the same item and stays.
template <typename Item>
QStringList ownCodesMissingFrom(const QList<Item>& current, const QList<Item>& target,
                                RestoreChanges& changes) {
    const QSet<QString> now = codesOf(current);
    const QSet<QString> wanted = codesOf(target);
    QStringList missing;
    for (const QString& code : now) {
        if (!wanted.contains(code))
            missing.append(code);
    }
    changes.removed += int(missing.size());
    changes.added += int((wanted - now).size());
    return missing;
}

void deleteKeys(const QSqlDatabase& db, const char* table, const char* column,
                const QStringList& keys, const QString& condition = {}) {
    SqlStatement remove(db, QStringLiteral("DELETE FROM %1 WHERE %2 = :key%3")
                                .arg(QLatin1String(table), QLatin1String(column), condition));
    for (const QString& key : keys)
        remove.bind(sqlnames::key("key"), key).exec();
}

} // namespace

DiaryRestorer::DiaryRestorer(const Database& database)
    : m_database(database) {}

DiaryDocument DiaryRestorer::readBackup(const QString& backupPath) const {
    const QString folder = DiaryBackups(m_database).folder();
    privatefiles::ensureFolder(folder);
    // A copy left by a PainPace that stopped while reading one goes first: this diary's lock is
    // held, so no other PainPace can be reading from its backups folder now.
    for (const QString& left :
         QDir(folder).entryList({QStringLiteral(".reading-*")}, QDir::Dirs | QDir::Hidden))
        QDir(folder + QLatin1Char('/') + left).removeRecursively();
    // A private scratch folder (0700) beside the backups: the copy may be upgraded to this
    // PainPace's schema on opening, and the backup itself is never touched.
    QTemporaryDir scratch(folder + QStringLiteral("/.reading-XXXXXX"));
    if (!scratch.isValid())
        throw StorageError(tr("Could not make a private folder to read the backup in: %1")
                               .arg(scratch.errorString()));
    const QString copy = scratch.filePath(QStringLiteral("backup.sqlite"));
    privatefiles::copyPrivately(backupPath, copy);
    const auto backup = Database::openFile(copy);
    WholeDiaryCheck::require(*backup, tr("restored nothing"));
    return DiaryExportReader(*backup).read();
}

RestoreChanges DiaryRestorer::replaceWith(const DiaryDocument& target, DiaryDocument* before) {
    RestoreChanges changes;
    {
        // Views hear of the restore once, after the outermost commit (as of an import).
        const QSignalBlocker quiet(&m_database.notifier());
        const QSqlDatabase db = m_database.connection();
        WriteTransaction transaction(db, m_database.dialect());
        WholeDiaryCheck::require(m_database, tr("restored nothing"));
        const DiaryDocument current = DiaryExportReader(m_database).read();

        QStringList checkIns, questionnaires, plans, trials;
        compareKind(
            current.checkIns, target.checkIns, [](const CheckIn& c) { return c.uuid; },
            checkInToJson, checkIns, changes);
        compareKind(
            current.questionnaires, target.questionnaires,
            [](const QuestionnaireRecord& q) { return q.uuid; }, questionnaireToJson,
            questionnaires, changes);
        compareKind(
            current.pacingPlans, target.pacingPlans,
            [](const PacingPlanRecord& p) { return p.plan.uuid; }, pacingPlanToJson, plans,
            changes);
        compareKind(
            current.trials, target.trials, [](const TherapyTrialRecord& t) { return t.trial.uuid; },
            trialToJson, trials, changes);
        const QStringList triggers =
            ownCodesMissingFrom(current.ownTriggers, target.ownTriggers, changes);
        const QStringList therapies =
            ownCodesMissingFrom(current.ownTherapies, target.ownTherapies, changes);

        // Children go with their parents (ON DELETE CASCADE): marks, spasms, uses, sessions,
        // levels, pauses, adherence. Own items last, once nothing refers to them.
        deleteKeys(db, "check_in", "uuid", checkIns);
        deleteKeys(db, "questionnaire_result", "uuid", questionnaires);
        deleteKeys(db, "pacing_plan", "uuid", plans);
        deleteKeys(db, "therapy_trial", "uuid", trials);
        deleteKeys(db, "trigger_def", "code", triggers, QStringLiteral(" AND built_in = 0"));
        deleteKeys(db, "therapy_def", "code", therapies, QStringLiteral(" AND built_in = 0"));
        // What is missing now (the replaced records among it) comes from the target, uuids kept.
        DiaryImporter(m_database).import(target);
        transaction.commit();
        if (before)
            *before = current;
    }
    m_database.notifier().announceEverythingChanged();
    return changes;
}

} // namespace painpace
