#pragma once

#include <QDate>

#include "sqlstatement.h"

namespace painpace {

class Database;

// Runs `sql` with :from and :to bound to the ISO days of an inclusive range (local_day is stored
// as ISO text, so text comparison is date order).
SqlStatement dayRangeQuery(const Database& database, const QString& sql, const QDate& from,
                           const QDate& to);

} // namespace painpace
