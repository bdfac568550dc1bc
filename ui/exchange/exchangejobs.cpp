#include "exchangejobs.h"

#include "diary/validationissue.h"
#include "storage/diaryexportreader.h"
#include "storage/storageerror.h"

namespace painpace {

namespace {

// Every problem of a refused file on its own line: it may be wrong in more than one place.
QString describe(const ValidationError& error) {
    QStringList lines;
    for (const ValidationIssue& issue : error.issues())
        lines.append(issue.message);
    return lines.join(QLatin1Char('\n'));
}

template <typename Outcome, typename Work>
void reportingErrors(QPromise<Outcome>& promise, Work&& work) {
    Outcome outcome;
    try {
        work(outcome);
    } catch (const ValidationError& error) {
        outcome.error = describe(error);
    } catch (const StorageError& error) {
        outcome.error = error.message();
    } catch (const std::exception& error) {
        outcome.error = QString::fromUtf8(error.what());
    }
    promise.addResult(std::move(outcome));
}

} // namespace

void runExport(QPromise<ExportOutcome>& promise, const Database::SharedFile& diary,
               ExchangeFormat format, const QString& path, const QString& passphrase) {
    reportingErrors(promise, [&](ExportOutcome& outcome) {
        const auto database = Database::openAnotherConnection(diary, Database::Access::ReadOnly);
        const DiaryDocument document = DiaryExportReader(*database).read();
        writeExport(document, format, path, passphrase);
        outcome.checkIns = static_cast<int>(document.checkIns.size());
        outcome.questionnaires = static_cast<int>(document.questionnaires.size());
        outcome.pacingPlans = static_cast<int>(document.pacingPlans.size());
        outcome.trials = static_cast<int>(document.trials.size());
    });
}

void runImportCheck(QPromise<ImportPreview>& promise, const Database::SharedFile& diary,
                    const QString& path, const QString& passphrase) {
    reportingErrors(promise, [&](ImportPreview& preview) {
        ImportSource source;
        try {
            source = readImport(path, passphrase);
        } catch (const PassphraseNeeded&) {
            preview.needsPassphrase = true;
            throw;
        } catch (const sealedfile::WrongPassphrase&) {
            preview.needsPassphrase = true;
            throw;
        }
        const auto database = Database::openAnotherConnection(diary, Database::Access::ReadOnly);
        preview.summary = DiaryImporter(*database).check(source.document);
        preview.notes = source.notes;
        preview.document = std::make_shared<const DiaryDocument>(std::move(source.document));
    });
}

void runImportWrite(QPromise<ImportOutcome>& promise, const Database::SharedFile& diary,
                    std::shared_ptr<const DiaryDocument> document, CancelFlag cancel) {
    reportingErrors(promise, [&](ImportOutcome& outcome) {
        const auto database = Database::openAnotherConnection(diary, Database::Access::ReadWrite);
        promise.setProgressRange(0, static_cast<int>(document->recordCount()));
        try {
            outcome.summary = DiaryImporter(*database).import(
                *document, [&promise, &cancel](qsizetype done, qsizetype) {
                    promise.setProgressValue(static_cast<int>(done));
                    return !cancel->load();
                });
        } catch (const ImportCancelled&) {
            outcome.cancelled = true;
        }
    });
}

} // namespace painpace
