#pragma once

#include <QList>
#include <QSqlDatabase>

#include "diary/checkin.h"

namespace painpace::bench {

// The reference an import is measured against: the rows of these check-ins (the entry, its
// marks, spasms, triggers, therapies and red flags) written into a diary's tables by a plain
// loop of prepared QSqlQuery inserts in one transaction, with no validation, no uuid lookup and
// no error wording. Returns how many rows it wrote; any failure aborts the benchmark.
qsizetype insertRowsBare(const QSqlDatabase& db, const QList<CheckIn>& checkIns);

// The rows PainPace writes for these check-ins: the same count as insertRowsBare's.
qsizetype rowsOf(const QList<CheckIn>& checkIns);

} // namespace painpace::bench
