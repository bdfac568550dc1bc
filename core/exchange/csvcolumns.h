#pragma once

#include <QList>
#include <QString>

namespace painpace {

// How a CSV cell stands for a value of the JSON export.
enum class CsvKind {
    Text,       // as is; an empty cell is no value
    Integer,    // a number; the record's reader checks it is whole
    Number,     // a decimal number; a decimal comma is read too
    Boolean,    // true/false, yes/no, 1/0, x
    NumberList, // numbers separated by ';'
    TextList,   // codes separated by ';'
    Pauses,     // trial pauses: "2026-10-21+2;2026-11-02+1" (first day + days)
    JsonText,   // a JSON object in one cell (questionnaire answers)
    LocalTime,  // the local clock time of the record's moment, HH:mm:ss; read when at_utc is empty
    Hours,      // hours for a minutes field (sleep_hours), read only
    Element,    // the value itself is the element of the child list (red flags)
};

struct CsvColumn {
    QString name;    // the column PainPace writes
    QString jsonKey; // the field in the record's JSON ("baseline.method" for a nested one)
    CsvKind kind = CsvKind::Text;
    QStringList aliases;  // other headers read as this column (from spreadsheets and trackers)
    int pairIndex = -1;   // for a point: which of the two numbers ([x, y])
    bool written = true;  // false for read-only alternatives such as sleep_hours
    bool readBack = true; // false for values shown to people but computed on import (score)
};

// One CSV file of the export. A child file holds rows of a list inside a parent record and names
// the parent by its uuid in `parentColumn`.
struct CsvFileSpec {
    QString fileName;
    QString listKey;      // the list of the export the rows belong to ("checkIns", "marks")
    QString parentFile;   // empty for a top-level file
    QString parentColumn; // "check_in_uuid"
    QList<CsvColumn> columns;

    bool isChild() const { return !parentFile.isEmpty(); }
    bool hasMoment() const; // day + time + offset + at_utc, resolved together on import
};

// Every file of the CSV export, parents before their children.
const QList<CsvFileSpec>& csvFileSpecs();
const CsvFileSpec* csvFileSpec(const QString& fileName);

// Header text as compared with column names: lower case, spaces, hyphens and dots as '_',
// brackets dropped ("Sleep (hours)" → "sleep_hours").
QString normalizedHeader(const QString& header);

} // namespace painpace
