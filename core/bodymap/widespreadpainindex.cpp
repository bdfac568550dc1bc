#include "widespreadpainindex.h"

#include <algorithm>
#include <array>

#include "bodyregioncatalogue.h"

namespace painpace {

WpiResult widespreadPainIndex(const QList<WpiArea>& painfulAreas) {
    std::array<bool, kWpiAreaCount> areaHurts{};
    std::array<bool, kWpiRegionCount> regionHurts{};
    for (WpiArea area : painfulAreas) {
        areaHurts[static_cast<std::size_t>(area)] = true;
        if (countsForGeneralizedPain(area))
            regionHurts[static_cast<std::size_t>(wpiRegionOf(area))] = true;
    }
    WpiResult result;
    result.score = static_cast<int>(std::count(areaHurts.begin(), areaHurts.end(), true));
    result.regionsWithPain =
        static_cast<int>(std::count(regionHurts.begin(), regionHurts.end(), true));
    result.generalizedPain = result.regionsWithPain >= 4;
    return result;
}

QList<WpiArea> wpiAreasForRegions(const QList<QString>& regionCodes) {
    QList<WpiArea> areas;
    for (const QString& code : regionCodes) {
        const BodyRegion* region = findBodyRegion(code);
        if (region && region->wpiArea && !areas.contains(*region->wpiArea))
            areas.append(*region->wpiArea);
    }
    return areas;
}

} // namespace painpace
