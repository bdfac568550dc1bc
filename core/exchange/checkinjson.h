#pragma once

#include <QJsonObject>

#include "diary/checkin.h"

namespace painpace {

// A check-in as JSON, with stable codes for every enum and ISO dates, and back. Used for drafts
// and for the diary export. Reading checks the shape strictly (types, whole numbers, known codes,
// valid dates) and throws ValidationError naming the field under `path` ("checkIns[3].pain");
// ranges are left to validateCheckIn.
QJsonObject checkInToJson(const CheckIn& checkIn);
CheckIn checkInFromJson(const QJsonObject& json, const QString& path = {});

} // namespace painpace
