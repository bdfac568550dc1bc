#pragma once

#include <QDate>

#include "diary/diarymoment.h"

namespace painpace {

class Database;

// Where a check-in for another time starts: `day` at the person's usual check-in time (their
// daily reminder's time, or the hour they most often check in; diary/backfill.h), and never
// later than now.
DiaryMoment backfillMoment(const Database& database, const QDate& day);

// The day "Add a check-in for another time" starts on: the latest recently missed day.
QDate backfillDay(const Database& database);

} // namespace painpace
