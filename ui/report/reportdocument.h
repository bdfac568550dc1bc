#pragma once

#include <QString>

#include <memory>

#include "report/clinicianreport.h"

class QPagedPaintDevice;
class QTextDocument;

namespace painpace {

// The clinician summary as a text document laid out for `device`'s pages: page one can be read
// in a minute (warning signs first and framed, then the period's figures beside the body map,
// questionnaires, flares, triggers, therapies, pacing and trials), then the charts, then a
// day-by-day table whose header repeats on every page.
std::unique_ptr<QTextDocument> reportDocument(const ClinicianReport& report,
                                              QPagedPaintDevice& device);

// The HTML of page one and the rest; figures are placeholders the document replaces.
QString reportHtml(const ClinicianReport& report);

} // namespace painpace
