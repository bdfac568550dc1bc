#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace painpace {

// One cell of a CSV file and its column, for messages that point at it. Columns are counted as
// a spreadsheet shows them (the third cell of a row is column 3), lines as a text editor does.
struct CsvCell {
    QString text;
    int column = 1;
};

struct CsvRow {
    int line = 1; // where the row starts (a quoted cell may span lines)
    QList<CsvCell> cells;
};

// A CSV file read strictly: UTF-8 (a byte-order mark is skipped), RFC 4180 quoting, cells that
// may hold separators, quotes and line breaks, the separator found from the header (comma, or
// semicolon as spreadsheets in many countries write). Blank lines are skipped.
struct CsvTable {
    QString fileName;
    CsvRow header;
    QList<CsvRow> rows;

    // Reads `bytes`; throws ValidationError naming the file, line and column of the first problem
    // (not UTF-8, a quote left open, text after a closing quote, a row longer than a megabyte,
    // more cells than the header has).
    static CsvTable parse(const QByteArray& bytes, const QString& fileName);
};

// A CSV file as PainPace writes it: UTF-8 without a byte-order mark, comma-separated, quoted only
// where needed, rows ending in CRLF as RFC 4180 says.
QByteArray writeCsv(const QStringList& header, const QList<QStringList>& rows);

// "checkins.csv line 4, column 7" — how messages name a place in a CSV file.
QString csvPlace(const QString& fileName, int line, int column);

// The longest row the reader accepts; anything longer is not a diary entry.
inline constexpr qsizetype kMaxCsvRowBytes = 1024 * 1024;

} // namespace painpace
