#include "exposureeffects.h"

#include <algorithm>
#include <cmath>

namespace painpace::stats {

QList<ExposureEffect> exposureEffects(const QList<ExposureDay>& days, int lagDays) {
    QHash<QDate, double> painByDay;
    QSet<QString> codes;
    for (const ExposureDay& day : days) {
        painByDay.insert(day.day, day.pain);
        codes.unite(day.exposures);
    }
    QList<ExposureEffect> effects;
    for (const QString& code : std::as_const(codes)) {
        QList<double> with;
        QList<double> without;
        for (const ExposureDay& day : days) {
            const QDate outcomeDay = day.day.addDays(lagDays);
            if (!painByDay.contains(outcomeDay))
                continue;
            (day.exposures.contains(code) ? with : without).append(painByDay.value(outcomeDay));
        }
        if (const auto difference = welchDifference(with, without))
            effects.append({code, lagDays, *difference});
    }
    std::sort(effects.begin(), effects.end(), [](const ExposureEffect& a, const ExposureEffect& b) {
        const double sizeA = std::abs(a.difference.difference);
        const double sizeB = std::abs(b.difference.difference);
        return sizeA != sizeB ? sizeA > sizeB : a.code < b.code;
    });
    return effects;
}

} // namespace painpace::stats
