#pragma once

#include <QString>

#include <optional>

#include "diary/painmark.h"
#include "wpiarea.h"

namespace painpace {

// Left and right are always the person's own, whichever view shows them.
enum class BodySide { Left, Right, Midline };

// A fine region of the body map. The code is stable forever (it is what the diary stores); the
// WPI area is where the region counts for the Widespread Pain Index (none for the head).
struct BodyRegion {
    QString code;
    QString name;      // for the person: "Your left lower back (lumbar)"
    QString plainName; // for others, as in the clinician summary: "left lower back (lumbar)"
    BodyView view = BodyView::Back;
    BodySide side = BodySide::Midline;
    std::optional<WpiArea> wpiArea;
};

} // namespace painpace
