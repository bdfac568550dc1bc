#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QVariantMap>

#include "diary/checkin.h"

namespace painpace::checkinchildren {

// The rows a check-in owns in other tables. Callers run these inside their write transaction.
void insertAll(const QSqlDatabase& db, qint64 checkInId, const CheckIn& checkIn);
void deleteAll(const QSqlDatabase& db, qint64 checkInId);

// Fills the lists of the given entries. `where` filters the owning check_in rows (alias c) with
// the bound `values`, so children of a whole date range load in one query per table.
void loadAll(const QSqlDatabase& db, const QString& where, const QVariantMap& values,
             QHash<qint64, CheckIn*>& entriesById);
// Only the red flags, which every list of entries shows (a warning sign is never hidden).
void loadRedFlags(const QSqlDatabase& db, const QString& where, const QVariantMap& values,
                  QHash<qint64, CheckIn*>& entriesById);

} // namespace painpace::checkinchildren
