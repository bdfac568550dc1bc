#include "colourcontrast.h"

#include <algorithm>
#include <cmath>

namespace painpace::colourcontrast {

namespace {

double linear(double channel) {
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

double luminance(const QColor& colour) {
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) +
           0.0722 * linear(rgb.blueF());
}

double ratio(const QColor& first, const QColor& second) {
    const double a = luminance(first);
    const double b = luminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor blended(const QColor& from, const QColor& to, double share) {
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * share,
                            from.greenF() + (to.greenF() - from.greenF()) * share,
                            from.blueF() + (to.blueF() - from.blueF()) * share);
}

// Steps the HSL lightness towards black or white: each step keeps the hue, so a series keeps its
// name-colour ("the blue line") in both themes.
QColor reaching(const QColor& colour, const QColor& background, double minimum) {
    if (ratio(colour, background) >= minimum)
        return colour;
    const bool darken = luminance(background) > 0.18;
    const QColor hsl = colour.toHsl();
    // A grey has no hue (Qt gives -1); it stays a grey.
    const float hue = std::max(hsl.hslHueF(), 0.0f);
    const float saturation = hsl.hslHueF() < 0.0f ? 0.0f : hsl.hslSaturationF();
    const float start = hsl.lightnessF();
    constexpr int kSteps = 100;
    QColor candidate = colour;
    for (int step = 1; step <= kSteps; ++step) {
        const float t = static_cast<float>(step) / kSteps;
        const float lightness = darken ? start * (1.0f - t) : start + (1.0f - start) * t;
        candidate = QColor::fromHslF(hue, saturation, lightness, colour.alphaF());
        if (ratio(candidate, background) >= minimum)
            return candidate.toRgb();
    }
    return candidate.toRgb();
}

} // namespace painpace::colourcontrast
