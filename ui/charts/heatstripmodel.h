#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include "chartmodel.h"
#include "stats/regionfrequency.h"

namespace painpace {

// Rows of cells, one per period: how often each region hurt. Plain values, like ChartModel.
struct HeatStripModel {
    QString title;
    QStringList rowNames;
    QList<QDate> columnStarts;
    bool monthly = false;
    QList<int> daysInColumn;     // the days of each period inside the range
    QList<QList<int>> dayCounts; // [row][column]: days with a mark
    QString emptyMessage;
};

HeatStripModel regionStripModel(const stats::RegionFrequency& frequency);
ChartTable regionTable(const stats::RegionFrequency& frequency);

// The strip shows the most frequent regions; the table lists every region marked.
inline constexpr int kTopRegions = 12;

} // namespace painpace
