#pragma once

#include <QLocale>
#include <QPageSize>
#include <QString>

#include "report/clinicianreport.h"

class QPagedPaintDevice;

namespace painpace {

// Letter where it is the usual paper (the Americas mostly), A4 everywhere else.
QPageSize::PageSizeId paperSizeFor(const QLocale& locale);

// Draws the report on a PDF writer or a printer, page by page with a footer ("page 2 of 5").
// Safe on a worker thread: it creates and paints only objects of its own. Returns the pages.
int paintReport(const ClinicianReport& report, QPagedPaintDevice& device);

// Writes the report as a PDF with embedded fonts and returns its pages. Throws StorageError when
// the file cannot be written. The file is private to its owner (0600), like every export of
// health data.
int writeReportPdf(const ClinicianReport& report, const QString& path, QPageSize::PageSizeId paper);

} // namespace painpace
