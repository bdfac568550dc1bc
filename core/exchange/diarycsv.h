#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QStringList>

#include "diarydocument.h"

namespace painpace {

// The diary as CSV files, one per kind of record (see csvFileSpecs() and the README for the
// columns): file name → contents. Every file is written, with its header even when empty.
QMap<QString, QByteArray> diaryToCsv(const DiaryDocument& document);

// A CSV file to import: the role says which of PainPace's files it stands for ("checkins.csv"
// for a spreadsheet from elsewhere), the name is what messages call it.
struct CsvInputFile {
    QString role;
    QString name;
    QByteArray bytes;
};

struct CsvImport {
    DiaryDocument document;
    // What was read but not imported, for the person to see before the import is written:
    // columns PainPace does not know, files it does not read.
    QStringList notes;
};

// Reads CSV files into a document. Columns are found by their header (case, spaces and the usual
// alternative names do not matter); a record without a uuid gets one made from its contents, so
// importing the same spreadsheet twice adds nothing the second time. A moment without at_utc is
// made from day, time (12:00 when empty) and the offset (this computer's time zone when empty).
// Everything is checked as the JSON import checks it; a problem throws ValidationError naming
// the file, line, column and header of the cell.
CsvImport diaryFromCsv(const QList<CsvInputFile>& files);

} // namespace painpace
