#pragma once

#include <QPromise>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

#include "exchange/exchangefiles.h"
#include "storage/database.h"
#include "storage/diaryimporter.h"

namespace painpace {

// The slow parts of exporting and importing, run on a pool thread with their own connection to
// the diary (Database::openAnotherConnection) so the window stays responsive. Each reports its
// outcome as a value; nothing is thrown across threads.

struct ExportOutcome {
    QString error; // empty on success
    int checkIns = 0;
    int questionnaires = 0;
    int pacingPlans = 0;
    int trials = 0;
};

// `passphrase` for ExchangeFormat::EncryptedJson only.
void runExport(QPromise<ExportOutcome>& promise, const Database::SharedFile& diary,
               ExchangeFormat format, const QString& path, const QString& passphrase);

// A file read and checked against the diary, ready to be confirmed.
struct ImportPreview {
    QString error;
    std::shared_ptr<const DiaryDocument> document;
    QStringList notes;
    ImportSummary summary; // what importing would add and leave
    // An encrypted file that needs its passphrase, or another one than the one given.
    bool needsPassphrase = false;
};

void runImportCheck(QPromise<ImportPreview>& promise, const Database::SharedFile& diary,
                    const QString& path, const QString& passphrase);

struct ImportOutcome {
    QString error;
    bool cancelled = false;
    ImportSummary summary;
};

// Set from the window to stop an import. Not QFuture::cancel(): a cancelled future drops the
// job's result, and the window must hear whether the import was rolled back or had already
// committed.
using CancelFlag = std::shared_ptr<std::atomic_bool>;

// Writes the document in one transaction, reporting each record as progress; setting `cancel`
// rolls everything back.
void runImportWrite(QPromise<ImportOutcome>& promise, const Database::SharedFile& diary,
                    std::shared_ptr<const DiaryDocument> document, CancelFlag cancel);

} // namespace painpace
