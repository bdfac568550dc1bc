#pragma once

#include <QString>
#include <QStringList>

#include "diarydocument.h"

namespace painpace {

enum class ExchangeFormat { Json, Csv };

// Writes an export where the person asked: one .json file, or a folder of CSV files (created if
// needed; PainPace's files in it are replaced). Files are private to their owner (0600), a folder
// created for them too (0700); each file is complete or not there. Throws StorageError.
void writeExport(const DiaryDocument& document, ExchangeFormat format, const QString& path);

// An import read from disk and checked, before anything is written.
struct ImportSource {
    DiaryDocument document;
    QStringList notes; // what was read but will not be imported (unknown columns or files)
};

// Reads a .json export, a folder of CSV files, or one CSV file: one named as PainPace names its
// files brings the PainPace files beside it (the whole export); any other is read as check-ins,
// for spreadsheets from elsewhere. Throws ValidationError naming the
// place of a problem in the content, StorageError when a file cannot be read or is far too large.
ImportSource readImport(const QString& path);

// Files larger than this are refused before reading: no diary comes near it.
inline constexpr qint64 kMaxImportFileBytes = 512LL * 1024 * 1024;

} // namespace painpace
