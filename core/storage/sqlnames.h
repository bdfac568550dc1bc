#pragma once

#include <QDate>
#include <QString>

namespace painpace::sqlnames {

// ":name", the placeholder a statement binds.
inline QString key(const char* name) {
    return QLatin1Char(':') + QLatin1String(name);
}

// Days are stored as ISO text, so text order is date order.
inline QString isoDay(const QDate& day) {
    return day.toString(Qt::ISODate);
}

} // namespace painpace::sqlnames
