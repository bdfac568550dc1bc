#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "periods.h"

namespace painpace::stats {

// A region marked on a day (each pair once, from SQL).
struct RegionDay {
    QDate day;
    QString regionCode;
};

// How often one region hurt: the days with a mark in each period, and in all.
struct RegionRow {
    QString regionCode;
    int totalDays = 0;
    QList<int> daysPerPeriod;
};

struct RegionFrequency {
    PeriodLength length = PeriodLength::Week;
    QList<Period> periods;
    QList<RegionRow> rows; // most days first, then by code; at most `topRegions`
    int regionsMarked = 0; // before cutting to the top regions
};

RegionFrequency regionFrequency(const QList<RegionDay>& days, const QDate& from, const QDate& to,
                                int topRegions);

} // namespace painpace::stats
