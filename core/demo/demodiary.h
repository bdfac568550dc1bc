#pragma once

#include <QDate>
#include <QList>

#include "diary/checkin.h"

namespace painpace {

struct DemoOptions {
    int years = 1;
    QDate lastDay = QDate::currentDate();
    quint64 seed = 20260101;
};

// A realistic diary for exploring, screenshots, tests and benchmarks: one or two check-ins most
// days with gaps, worse winters and Mondays, poor sleep raising next-day pain, flares after
// overexertion, spasms clustered in the upper trapezius and lumbar regions, triggers and
// therapies. The same options always give the same diary.
QList<CheckIn> generateDemoDiary(const DemoOptions& options);

} // namespace painpace
