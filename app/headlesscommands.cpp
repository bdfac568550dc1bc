#include "headlesscommands.h"

#include <QDir>
#include <QTextStream>

#include "demo/demopacing.h"
#include "diary/validationissue.h"
#include "exchange/exchangefiles.h"
#include "passphrase.h"
#include "report/reportbuilder.h"
#include "report/reportwriter.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/diarybackups.h"
#include "storage/diaryexportreader.h"
#include "storage/diaryimporter.h"
#include "storage/storageerror.h"
#include "storage/wholediarycheck.h"

namespace painpace {

namespace {

int fail(const QString& reason) {
    QTextStream(stderr) << "painpace: " << reason << Qt::endl;
    return 1;
}

void say(const QString& line) {
    QTextStream(stdout) << line << Qt::endl;
}

// An encrypted export needs its passphrase, asked for only when the file turns out to be one.
ImportSource readImportAskingForPassphrase(const QString& path) {
    try {
        return readImport(path);
    } catch (const PassphraseNeeded&) {
        QString problem;
        const std::optional<QString> passphrase = readPassphrase(false, problem);
        if (!passphrase)
            throw StorageError(problem);
        return readImport(path, *passphrase);
    }
}

} // namespace

int runDemoCommand(const QString& databasePath, int years, quint64 seed) {
    try {
        auto database = Database::openFile(databasePath);
        CheckInRepository checkIns(*database);
        // Demo entries must never mix with someone's real diary.
        if (const int existing = checkIns.count(); existing > 0)
            return fail(QStringLiteral("%1 already holds %2 entries; demo data goes into a new "
                                       "or empty file only.")
                            .arg(QDir::toNativeSeparators(database->path()))
                            .arg(existing));
        DemoOptions options;
        options.years = years;
        options.seed = seed;
        const int written = writeDemoDiary(*database, options);
        say(QStringLiteral("Wrote a %1-year demo diary of %2 check-ins and a pacing plan to %3")
                .arg(years)
                .arg(written)
                .arg(QDir::toNativeSeparators(database->path())));
        return 0;
    } catch (const ValidationError& error) {
        return fail(error.message());
    } catch (const StorageError& error) {
        return fail(error.message());
    }
}

int runCheckCommand(const QString& databasePath) {
    try {
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        auto database = Database::openFile(databasePath, options);
        const QStringList problems = WholeDiaryCheck::problems(*database);
        if (!problems.isEmpty())
            return fail(QStringLiteral("%1 is damaged: %2")
                            .arg(QDir::toNativeSeparators(database->path()),
                                 problems.join(QStringLiteral("; "))));
        CheckInRepository checkIns(*database);
        const auto first = checkIns.firstDay();
        const auto last = checkIns.lastDay();
        say(QStringLiteral("%1: healthy, diary version %2, %3 check-ins%4")
                .arg(QDir::toNativeSeparators(database->path()))
                .arg(database->schemaVersion())
                .arg(checkIns.count())
                .arg(first ? QStringLiteral(" from %1 to %2")
                                 .arg(first->toString(Qt::ISODate), last->toString(Qt::ISODate))
                           : QString()));
        return 0;
    } catch (const StorageError& error) {
        return fail(error.message());
    }
}

int runBackupCommand(const QString& databasePath) {
    try {
        auto database = Database::openFile(databasePath);
        DiaryBackups backups(*database);
        const QString path = backups.backUpNow();
        say(QStringLiteral("Backed up and checked: %1 (copies kept: %2, in %3)")
                .arg(QDir::toNativeSeparators(path))
                .arg(backups.list().size())
                .arg(QDir::toNativeSeparators(backups.folder())));
        return 0;
    } catch (const StorageError& error) {
        return fail(error.message());
    }
}

int runExportCommand(const QString& databasePath, const QString& format, bool encrypt,
                     const QString& out) {
    try {
        QString passphrase;
        if (encrypt) {
            QString problem;
            const std::optional<QString> given = readPassphrase(true, problem);
            if (!given)
                return fail(problem);
            passphrase = *given;
        }
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        auto database = Database::openFile(databasePath, options);
        const DiaryDocument document = DiaryExportReader(*database).read();
        const ExchangeFormat chosen = encrypt ? ExchangeFormat::EncryptedJson
                                      : format == QLatin1String("json") ? ExchangeFormat::Json
                                                                        : ExchangeFormat::Csv;
        writeExport(document, chosen, out, passphrase);
        say(QStringLiteral("Exported %1 check-ins, %2 questionnaires, %3 pacing plans and %4 "
                           "therapy trials to %5")
                .arg(document.checkIns.size())
                .arg(document.questionnaires.size())
                .arg(document.pacingPlans.size())
                .arg(document.trials.size())
                .arg(QDir::toNativeSeparators(out)));
        return 0;
    } catch (const StorageError& error) {
        return fail(error.message());
    }
}

int runImportCommand(const QString& databasePath, const QString& inputPath) {
    try {
        const ImportSource source = readImportAskingForPassphrase(inputPath);
        for (const QString& note : source.notes)
            QTextStream(stderr) << "painpace: note: " << note << Qt::endl;
        auto database = Database::openFile(databasePath);
        const ImportSummary summary = DiaryImporter(*database).import(source.document);
        const QString kept =
            summary.alreadyThere() == 0
                ? QString()
                : QStringLiteral(" %1 records were in the diary already and were left as they "
                                 "were.")
                      .arg(summary.alreadyThere());
        say(QStringLiteral("Imported %1 from %2.%3")
                .arg(summary.addedText(), QDir::toNativeSeparators(inputPath), kept));
        return 0;
    } catch (const ValidationError& error) {
        // Every problem on its own line: a file may be wrong in more than one place.
        for (const ValidationIssue& issue : error.issues())
            QTextStream(stderr) << "painpace: " << issue.message << Qt::endl;
        return fail(QStringLiteral("nothing was imported; the diary is unchanged."));
    } catch (const StorageError& error) {
        return fail(error.message() + QStringLiteral(" Nothing was imported."));
    }
}

int runReportCommand(const QString& databasePath, const QDate& from, const QDate& to,
                     const QString& out, const QString& paper) {
    try {
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        auto database = Database::openFile(databasePath, options);
        const ClinicianReport report = buildClinicianReport(*database, from, to);
        const QPageSize::PageSizeId size = paper == QLatin1String("letter") ? QPageSize::Letter
                                           : paper == QLatin1String("a4")   ? QPageSize::A4
                                                                          : paperSizeFor(QLocale());
        writeReportPdf(report, out, size);
        say(QStringLiteral("Wrote the summary of %1 to %2 (%3 check-ins on %4 days) to %5")
                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                .arg(report.pain.checkIns)
                .arg(report.pain.daysWithEntries)
                .arg(QDir::toNativeSeparators(out)));
        return 0;
    } catch (const StorageError& error) {
        return fail(error.message());
    }
}

} // namespace painpace
