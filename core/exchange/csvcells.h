#pragma once

#include <QJsonObject>

#include "csvcolumns.h"
#include "csvtable.h"

namespace painpace {

// Converting one cell between its CSV text and the JSON value of the export, by the column's
// kind. Writing never fails; reading throws ValidationError naming the cell's file, line and
// column when the text cannot be the kind of value the column holds.
QString csvCellText(const QJsonObject& record, const CsvColumn& column);
// `header` is the file's own name of the column, which messages use.
void readCsvCell(QJsonObject& record, const CsvColumn& column, const QString& header,
                 const CsvCell& cell, const CsvTable& table, const CsvRow& row);

// Numbers written the shortest way that reads back to the same double.
QString csvNumber(double value);

} // namespace painpace
