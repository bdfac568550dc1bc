#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

#include "units.h"

namespace painpace {

// One use of a therapy or medication. Dose, unit, duration and time are separate fields because
// people compare them separately ("20 minutes of heat", "300 mg magnesium at night").
struct TherapyUse {
    QString therapyCode;
    std::optional<double> dose;
    QString unit;
    std::optional<Minutes> duration;
    std::optional<QDateTime> takenAtUtc;

    bool operator==(const TherapyUse&) const = default;
};

} // namespace painpace
