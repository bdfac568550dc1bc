#pragma once

#include <QHash>

#include "chartmodel.h"
#include "stats/exposureeffects.h"

namespace painpace {

enum class ExposureKind { Triggers, Therapies };

// A forest plot: for each trigger or therapy, mean pain on days with it minus days without, with
// its 95% interval and the number of days each way; largest effect on top, at most
// kMostExposuresDrawn rows (the table has them all). Worded as an association, never a cause.
ChartModel exposureChartModel(const QList<stats::ExposureEffect>& effects,
                              const QHash<QString, QString>& names, ExposureKind kind, int lagDays);
ChartTable exposureTable(const QList<stats::ExposureEffect>& effects,
                         const QHash<QString, QString>& names);

inline constexpr int kMostExposuresDrawn = 12;

} // namespace painpace
