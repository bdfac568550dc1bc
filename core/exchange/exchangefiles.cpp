#include "exchangefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "csvcolumns.h"
#include "diarycsv.h"
#include "diaryjson.h"
#include "storage/privatefiles.h"
#include "storage/storageerror.h"

namespace painpace {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ExchangeFiles", text);
}

QByteArray readWhole(const QString& path) {
    const QFileInfo info(path);
    // A pipe or a device never ends (reading /dev/zero ran out of memory, a pipe waited forever).
    if (!info.isFile())
        throw StorageError(tr("%1 is not a regular file; PainPace imports files only.")
                               .arg(QDir::toNativeSeparators(path)));
    if (info.size() > kMaxImportFileBytes)
        throw StorageError(tr("%1 is %2 MB, too large to be a diary export.")
                               .arg(QDir::toNativeSeparators(path))
                               .arg(info.size() / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(
            tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return file.readAll();
}

// `onlyPainPaces`: read only the files named as PainPace writes them (when the person chose one
// of them, the others beside it belong to the same export).
ImportSource readCsvFolder(const QString& folder, bool onlyPainPaces = false) {
    QList<CsvInputFile> files;
    const QStringList names =
        QDir(folder).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        if (!onlyPainPaces || csvFileSpec(name))
            files.append({name, name, readWhole(QDir(folder).filePath(name))});
    }
    if (files.isEmpty())
        throw StorageError(
            tr("%1 holds no CSV files to import.").arg(QDir::toNativeSeparators(folder)));
    CsvImport import = diaryFromCsv(files);
    return {std::move(import.document), import.notes};
}

} // namespace

void writeExport(const DiaryDocument& document, ExchangeFormat format, const QString& path,
                 const QString& passphrase, const sealedfile::Strength& strength) {
    if (format == ExchangeFormat::Json) {
        privatefiles::writeFileAtomically(path, diaryToJson(document));
        return;
    }
    if (format == ExchangeFormat::EncryptedJson) {
        privatefiles::writeFileAtomically(
            path, sealedfile::seal(diaryToJson(document), passphrase, strength));
        return;
    }
    const bool folderExisted = QFileInfo(path).isDir();
    privatefiles::ensureFolder(path);
    try {
        // All of them or none: a folder that mixed new files with old ones imported 150
        // check-ins without their marks or spasms.
        privatefiles::writeFilesTogether(path, diaryToCsv(document));
    } catch (const StorageError&) {
        // Whole or absent: a failed export leaves no empty folder of its own either.
        if (!folderExisted)
            QDir().rmdir(path);
        throw;
    }
}

ImportSource readImport(const QString& path, const QString& passphrase) {
    const QFileInfo info(path);
    if (!info.exists())
        throw StorageError(tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (info.isDir())
        return readCsvFolder(path);
    if (info.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0) {
        const QString role =
            csvFileSpec(info.fileName()) ? info.fileName() : QStringLiteral("checkins.csv");
        CsvImport import = diaryFromCsv({{role, info.fileName(), readWhole(path)}});
        return {std::move(import.document), import.notes};
    }
    QByteArray bytes = readWhole(path);
    if (sealedfile::looksSealed(bytes)) {
        if (passphrase.isEmpty())
            throw PassphraseNeeded(tr("%1 is encrypted; its passphrase is needed to import it.")
                                       .arg(QDir::toNativeSeparators(path)));
        bytes = sealedfile::open(bytes, passphrase);
    }
    JsonImport import = importDiaryJson(bytes);
    return {std::move(import.document), import.notes};
}

} // namespace painpace
