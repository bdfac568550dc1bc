#pragma once

#include "chartmodel.h"
#include "stats/spasmperiods.h"

namespace painpace {

enum class SpasmMeasure { Count, Minutes };

// Spasms per week (per month beyond a year) as stacked bars, one layer per part of the body or
// per context. Spasms on fewer than 3 days: a message with the totals, not a chart.
ChartModel spasmChartModel(const stats::SpasmPeriods& spasms, stats::SpasmStacking stacking,
                           SpasmMeasure measure);
// A row per period (newest first) with the count and minutes of every layer.
ChartTable spasmTable(const stats::SpasmPeriods& spasms, stats::SpasmStacking stacking);

QString spasmLayerName(stats::SpasmStacking stacking, int key);

} // namespace painpace
