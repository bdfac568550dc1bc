#pragma once

#include <QString>
#include <QStringList>

#include "diarydocument.h"
#include "sealedfile.h"

namespace painpace {

// EncryptedJson: the JSON export sealed with a passphrase (sealedfile.h).
enum class ExchangeFormat { Json, Csv, EncryptedJson };

// Writes an export where the person asked: one .json file, an encrypted file, or a folder of CSV
// files (created if needed; PainPace's files in it are replaced). Files are private to their
// owner (0600), a folder created for them too (0700); each file is complete or not there.
// `passphrase` is for EncryptedJson only. Throws StorageError.
void writeExport(const DiaryDocument& document, ExchangeFormat format, const QString& path,
                 const QString& passphrase = QString(),
                 const sealedfile::Strength& strength = sealedfile::standardStrength());

// An import read from disk and checked, before anything is written.
struct ImportSource {
    DiaryDocument document;
    QStringList notes; // what was read but will not be imported (unknown columns or files)
};

// An encrypted export was given without its passphrase.
class PassphraseNeeded : public StorageError {
public:
    using StorageError::StorageError;
};

// Reads a .json export, an encrypted export (with `passphrase`), a folder of CSV files, or one
// CSV file: one named as PainPace names its files brings the PainPace files beside it (the whole
// export); any other is read as check-ins, for spreadsheets from elsewhere. Throws
// ValidationError naming the place of a problem in the content, StorageError when a file cannot
// be read or is far too large, PassphraseNeeded or sealedfile::WrongPassphrase for an encrypted
// export that the passphrase does not open.
ImportSource readImport(const QString& path, const QString& passphrase = QString());

// Files larger than this are refused before reading: no diary comes near it.
inline constexpr qint64 kMaxImportFileBytes = 512LL * 1024 * 1024;

} // namespace painpace
