#include "reportjob.h"

#include <QPrinter>

#include "report/reportbuilder.h"
#include "reportwriter.h"
#include "storage/storageerror.h"

namespace painpace {

void runReport(QPromise<ReportOutcome>& promise, const Database::SharedFile& diary,
               const QDate& from, const QDate& to, const QString& path, QPageSize::PageSizeId paper,
               QPrinter* printer) {
    ReportOutcome outcome;
    try {
        const auto database = Database::openAnotherConnection(diary, Database::Access::ReadOnly);
        const ClinicianReport report = buildClinicianReport(*database, from, to);
        outcome.checkIns = report.pain.checkIns;
        if (printer)
            outcome.pages = paintReport(report, *printer);
        else
            outcome.pages = writeReportPdf(report, path, paper);
    } catch (const StorageError& error) {
        outcome.error = error.message();
    } catch (const std::exception& error) {
        outcome.error = QString::fromUtf8(error.what());
    }
    promise.addResult(outcome);
}

} // namespace painpace
