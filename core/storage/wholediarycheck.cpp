#include "wholediarycheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>

#include <span>

#include "database.h"
#include "diary/catalogueitems.h"
#include "diary/painmark.h"
#include "diaryfileinspector.h"
#include "expectedschema.h"
#include "readsnapshot.h"
#include "sqlstatement.h"
#include "storageerror.h"
#include "trials/therapytrial.h"

namespace painpace {

namespace {

QStringList linesOf(const QSqlDatabase& db, const QString& pragma) {
    SqlStatement query(db, pragma);
    query.exec();
    QStringList lines;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            lines << line;
    }
    return lines;
}

QStringList brokenForeignKeys(const QSqlDatabase& db) {
    SqlStatement query(db, QStringLiteral("PRAGMA foreign_key_check"));
    query.exec();
    QStringList lines;
    while (query.next())
        lines << QStringLiteral("row %1 of %2 points to a missing %3")
                     .arg(query.value(1).toString(), query.value(0).toString(),
                          query.value(2).toString());
    return lines;
}

// A column whose every value must be one of PainPace's codes; no CHECK constraint guards it, so
// a changed byte there would be read back as some default.
template <typename Enum>
QStringList unknownCodes(const QSqlDatabase& db, const char* table, const char* column,
                         std::span<const EnumCode<Enum>> codes) {
    QStringList quoted;
    for (const EnumCode<Enum>& code : codes)
        quoted << QStringLiteral("'%1'").arg(QLatin1String(code.code));
    // The table, column and codes are PainPace's own constants, never input.
    SqlStatement query(
        db, QStringLiteral("SELECT rowid, %2 FROM %1 WHERE %2 NOT IN (%3)")
                .arg(QLatin1String(table), QLatin1String(column), quoted.join(QLatin1Char(','))));
    query.exec();
    QStringList lines;
    while (query.next())
        lines << QStringLiteral("row %1 of %2 holds the unknown %3 '%4'")
                     .arg(query.value(0).toString(), QLatin1String(table), QLatin1String(column),
                          query.value(1).toString().left(40));
    return lines;
}

QStringList malformedUuids(const QSqlDatabase& db) {
    QStringList lines;
    for (const char* table :
         {"check_in", "questionnaire_result", "pacing_plan", "pacing_session", "therapy_trial"}) {
        SqlStatement query(db, QStringLiteral("SELECT rowid FROM %1 WHERE length(uuid) <> 36 OR "
                                              "uuid GLOB '*[^0-9a-f-]*'")
                                   .arg(QLatin1String(table)));
        query.exec();
        while (query.next())
            lines << QStringLiteral("row %1 of %2 has no valid uuid")
                         .arg(query.value(0).toString(), QLatin1String(table));
    }
    return lines;
}

} // namespace

QStringList WholeDiaryCheck::problems(const Database& database) {
    const QSqlDatabase db = database.connection();
    const ReadSnapshot snapshot(db);
    QStringList found = linesOf(db, QStringLiteral("PRAGMA integrity_check"));
    // Nothing below can be trusted on pages SQLite itself calls damaged.
    if (!found.isEmpty())
        return found;
    found << brokenForeignKeys(db);
    found << expectedschema::differences(expectedschema::objectsWritten(database.schemaVersion()),
                                         expectedschema::objectsOf(db));
    if (!found.isEmpty())
        return found;
    found << unknownCodes<PainQuality>(db, "pain_mark", "quality", kPainQualityCodes);
    found << unknownCodes<TherapyKind>(db, "therapy_def", "kind", kTherapyKindCodes);
    found << unknownCodes<TrialOutcome>(db, "therapy_trial", "outcome", kTrialOutcomeCodes);
    found << malformedUuids(db);
    return found;
}

void WholeDiaryCheck::require(const Database& database, const QString& refused) {
    QStringList found;
    try {
        found = problems(database);
    } catch (const StorageError& error) {
        found << (error.databaseText().isEmpty() ? error.message() : error.databaseText());
    }
    if (found.isEmpty())
        return;
    throw StorageError(
        QCoreApplication::translate(
            "WholeDiaryCheck",
            "%1 is damaged (%2), so PainPace %3. \"painpace check\" lists every problem; "
            "restore the newest backup that is whole (File > Restore from backup…).")
            .arg(QDir::toNativeSeparators(database.path()),
                 DiaryFileInspector::firstProblem(found.join(QLatin1Char('\n'))), refused));
}

} // namespace painpace
