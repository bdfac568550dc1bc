#pragma once

#include "clinicianreport.h"

namespace painpace {

class Database;

// Reads the diary for the clinician summary of [from, to]: the period's entries, the latest
// questionnaires up to its end, pacing plans and therapy trials that overlap it.
ClinicianReport buildClinicianReport(const Database& database, const QDate& from, const QDate& to);

} // namespace painpace
