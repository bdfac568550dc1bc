#pragma once

#include <QList>

#include "bodyregion.h"

namespace painpace {

// Every region of the back and front maps, in drawing order. The roll-up to WPI areas is the one
// documented table for it (domain.md, "Body map regions"): trapezius and shoulder go to the
// shoulder girdle; shoulder blade, upper and mid back to the upper back; lumbar and sacroiliac to
// the lower back; buttock and hip to the hip.
const QList<BodyRegion>& bodyRegions();

const BodyRegion* findBodyRegion(const QString& code);

QString bodyRegionName(const QString& code);
QString bodyRegionPlainName(const QString& code);

} // namespace painpace
