#pragma once

#include <QDate>
#include <QString>
#include <QUuid>

namespace painpace::sqlnames {

// ":name", the placeholder a statement binds.
inline QString key(const char* name) {
    return QLatin1Char(':') + QLatin1String(name);
}

// Days are stored as ISO text, so text order is date order.
inline QString isoDay(const QDate& day) {
    return day.toString(Qt::ISODate);
}

// Uuids are stored as text without braces.
inline QString uuidText(const QUuid& uuid) {
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace painpace::sqlnames
