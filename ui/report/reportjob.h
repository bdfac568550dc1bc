#pragma once

#include <QPageSize>
#include <QPromise>
#include <QString>

#include "storage/database.h"

class QPrinter;

namespace painpace {

struct ReportOutcome {
    QString error; // empty on success
    int pages = 0;
    int checkIns = 0;
};

// Builds the clinician summary of [from, to] from the diary on a pool thread (its own read-only
// connection) and writes it as a PDF to `path`, or paints it on `printer` when that is given
// (the printer belongs to the caller and must outlive the job).
void runReport(QPromise<ReportOutcome>& promise, const Database::SharedFile& diary,
               const QDate& from, const QDate& to, const QString& path, QPageSize::PageSizeId paper,
               QPrinter* printer);

} // namespace painpace
