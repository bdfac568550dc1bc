#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include "descriptive.h"

namespace painpace::stats {

// One diary day: its mean pain and what the person was exposed to (trigger or therapy codes).
struct ExposureDay {
    QDate day;
    double pain = 0.0;
    QSet<QString> exposures;
};

// Mean pain on days with an exposure versus days without, the same day (lag 0) or the day after
// (lag 1). "Associated with", never "caused": the days are not randomized.
struct ExposureEffect {
    QString code;
    int lagDays = 0;
    MeanDifference difference;
};

// Every exposure with at least 3 days with it and 3 without (and an interval), largest effect
// first (by absolute difference). With lag 1, a day counts only when the next day has a pain
// score too.
QList<ExposureEffect> exposureEffects(const QList<ExposureDay>& days, int lagDays);

} // namespace painpace::stats
