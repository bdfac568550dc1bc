#include "intensitycolors.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "colourcontrast.h"

namespace painpace {

namespace {
// ColorBrewer's nine-class YlOrRd, spread evenly over 0-10: lightness falls steadily from pale
// yellow to dark red, so the levels differ for every kind of colour vision and in grey print.
const std::array<QColor, 9> kStops = {
    QColor(0xff, 0xff, 0xcc), QColor(0xff, 0xed, 0xa0), QColor(0xfe, 0xd9, 0x76),
    QColor(0xfe, 0xb2, 0x4c), QColor(0xfd, 0x8d, 0x3c), QColor(0xfc, 0x4e, 0x2a),
    QColor(0xe3, 0x1a, 0x1c), QColor(0xbd, 0x00, 0x26), QColor(0x80, 0x00, 0x26)};

int mix(int a, int b, double t) {
    return static_cast<int>(std::lround(a + (b - a) * t));
}
} // namespace

QColor intensityColor(double intensity) {
    const double position = std::clamp(intensity, 0.0, 10.0) / 10.0 * (kStops.size() - 1);
    const auto index = std::min(static_cast<std::size_t>(position), kStops.size() - 2);
    const double t = position - static_cast<double>(index);
    const QColor& a = kStops[index];
    const QColor& b = kStops[index + 1];
    return QColor(mix(a.red(), b.red(), t), mix(a.green(), b.green(), t),
                  mix(a.blue(), b.blue(), t));
}

// Whichever of black and white has the higher contrast (WCAG), so a number on any level of the
// scale reads at AA (docs/design.md, "Contrast").
QColor readableTextOn(const QColor& background) {
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return colourcontrast::ratio(black, background) >= colourcontrast::ratio(white, background)
               ? black
               : white;
}

} // namespace painpace
