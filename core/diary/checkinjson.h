#pragma once

#include <QJsonObject>

#include "checkin.h"

namespace painpace {

// A check-in as JSON, with stable codes for every enum and ISO dates, and back. Used for drafts
// now and for exports. Reading checks the shape (types, known codes) and throws ValidationError
// naming the field; ranges are left to validateCheckIn.
QJsonObject checkInToJson(const CheckIn& checkIn);
CheckIn checkInFromJson(const QJsonObject& json);

} // namespace painpace
