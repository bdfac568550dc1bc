#pragma once

#include <QDate>
#include <QList>

#include <optional>

#include "chartmodel.h"

namespace painpace {

// Noon UTC of the day in milliseconds, by arithmetic: converting thousands of local times costs
// more than the whole chart, and noon keeps the day right for every offset from -11 to +12 hours.
double dayX(const QDate& day);
QDate dayOfX(double x);

// The points of a daily series, with a new segment wherever a day has no value.
ChartLine dailyLine(const QList<QDate>& days, const QList<std::optional<double>>& values);

// A round upper end for an axis that starts at 0 and must show `largest`.
double niceTop(double largest);

} // namespace painpace
