#pragma once

#include <QColor>

namespace painpace {

// The sequential scale for pain intensity 0-10: pale yellow through orange to dark red
// (ColorBrewer's YlOrRd, readable with the common colour-vision deficiencies because it changes
// lightness steadily, not only hue; docs/design.md, "Colour"). Colours are always shown together
// with their numbers.
QColor intensityColor(double intensity);

// Black or white, whichever reads better on `background`.
QColor readableTextOn(const QColor& background);

} // namespace painpace
