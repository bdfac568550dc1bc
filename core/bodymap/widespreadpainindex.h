#pragma once

#include <QList>
#include <QSet>

#include "wpiarea.h"

namespace painpace {

// ACR 2016 Widespread Pain Index over a set of painful areas (0-19), and the generalized-pain
// rule: pain in at least 4 of the 5 regions, not counting jaw, chest and abdomen.
struct WpiResult {
    int score = 0;
    int regionsWithPain = 0;
    bool generalizedPain = false;
};

WpiResult widespreadPainIndex(const QList<WpiArea>& painfulAreas);

// The WPI areas the given fine body-map regions roll up to, each once; unknown codes are ignored.
QList<WpiArea> wpiAreasForRegions(const QList<QString>& regionCodes);

} // namespace painpace
