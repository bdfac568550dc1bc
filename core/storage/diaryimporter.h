#pragma once

#include <functional>
#include <stdexcept>

#include "exchange/diarydocument.h"

namespace painpace {

class Database;

// How many records of one kind an import adds, and how many it leaves because the diary has them
// already (same uuid, or for own triggers and therapies the same code).
struct ImportCount {
    int added = 0;
    int alreadyThere = 0;

    bool operator==(const ImportCount&) const = default;
};

// The ids of what an import added (uuids; codes for own triggers and therapies), so that it can
// be taken out again when the import is undone.
struct ImportedIds {
    QStringList ownTriggers;
    QStringList ownTherapies;
    QStringList checkIns;
    QStringList questionnaires;
    QStringList pacingPlans;
    QStringList pacingSessions; // added to plans the diary had already
    QStringList trials;
};

struct ImportSummary {
    ImportCount ownTriggers;
    ImportCount ownTherapies;
    ImportCount checkIns;
    ImportCount questionnaires;
    ImportCount pacingPlans;
    ImportCount pacingSessions;
    ImportCount trials;

    int added() const;
    int alreadyThere() const;
    // "412 check-ins, 2 questionnaires, 60 pacing sessions" — what is added, for a message.
    QString addedText() const;

    ImportedIds addedIds; // filled by import(), empty from check()
};

// Thrown out of DiaryImporter::import when its progress callback asks to stop; nothing was kept.
class ImportCancelled : public std::runtime_error {
public:
    ImportCancelled()
        : std::runtime_error("The import was cancelled; the diary is unchanged.") {}
};

// Called after each record is written with how many of how many are done; returning false
// cancels the import.
using ImportProgress = std::function<bool(qsizetype done, qsizetype total)>;

// Brings a document (read from an export or a spreadsheet) into a diary: all of it or nothing,
// in one transaction. Records the diary already holds are left as they are, so importing the
// same file twice adds nothing the second time. Sessions of a plan the diary already has are
// added to that plan.
class DiaryImporter {
public:
    explicit DiaryImporter(const Database& database);

    // What importing would do, without writing anything. Throws ValidationError naming the record
    // and field when the document refers to a trigger or therapy neither the diary nor the
    // document has, or brings an own item that cannot be added.
    ImportSummary check(const DiaryDocument& document) const;

    // Checks, then writes everything in one transaction. Throws ValidationError or StorageError
    // (nothing changed), or ImportCancelled. Announces DiaryNotifier::diaryReloaded on success.
    ImportSummary import(const DiaryDocument& document, const ImportProgress& progress = {});

    // Takes out what an import added (to undo it), in one transaction; own triggers and therapies
    // only while nothing refers to them. Announces DiaryNotifier::diaryReloaded.
    void removeImported(const ImportedIds& ids);

private:
    QSet<QString> uuidsIn(const char* table) const;
    QSet<QString> codesIn(const char* table) const;
    void checkReferences(const DiaryDocument& document) const;
    // Check-ins the diary does not have yet, when their reader has not validated them.
    void validateNewCheckIns(const DiaryDocument& document, const QSet<QString>& stored) const;
    void write(const DiaryDocument& document, const ImportProgress& progress,
               ImportSummary& summary);
    void deleteByKey(const char* table, const char* column, const QStringList& keys,
                     const QString& condition = {});

    const Database& m_database;
};

} // namespace painpace
