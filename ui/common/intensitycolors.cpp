#include "intensitycolors.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace painpace {

namespace {
const std::array<QColor, 5> kStops = {QColor(0xff, 0xff, 0xb2), QColor(0xfe, 0xcc, 0x5c),
                                      QColor(0xfd, 0x8d, 0x3c), QColor(0xf0, 0x3b, 0x20),
                                      QColor(0xbd, 0x00, 0x26)};

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

QColor readableTextOn(const QColor& background) {
    // Relative luminance (sRGB, approximate) decides between black and white text.
    const double luminance =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace painpace
