#include "chartpoints.h"

#include <cmath>

namespace painpace {

namespace {
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
const QDate kEpoch(1970, 1, 1);
} // namespace

double dayX(const QDate& day) {
    return static_cast<double>(kEpoch.daysTo(day) * kDayMs + kDayMs / 2);
}

QDate dayOfX(double x) {
    return kEpoch.addDays(static_cast<qint64>(std::floor(x / static_cast<double>(kDayMs))));
}

ChartLine dailyLine(const QList<QDate>& days, const QList<std::optional<double>>& values) {
    ChartLine line;
    bool gap = false;
    for (qsizetype i = 0; i < days.size(); ++i) {
        if (!values[i]) {
            gap = true;
            continue;
        }
        if (gap && !line.points.isEmpty())
            line.segmentStarts.append(static_cast<int>(line.points.size()));
        gap = false;
        line.points.append({dayX(days[i]), *values[i]});
    }
    return line;
}

double niceTop(double largest) {
    if (largest <= 1.0)
        return 1.0;
    // 1, 2 or 5 times a power of ten, at least 5% above the largest value.
    const double target = largest * 1.05;
    const double power = std::pow(10.0, std::floor(std::log10(target)));
    for (double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * power >= target)
            return step * power;
    }
    return 10.0 * power;
}

} // namespace painpace
