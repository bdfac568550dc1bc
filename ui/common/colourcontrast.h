#pragma once

#include <QColor>

namespace painpace::colourcontrast {

// Contrast as WCAG 2 defines it, from 1 (the same) to 21 (black on white); see docs/design.md,
// "Contrast". Text needs at least 4.5, lines and marks at least 3.
inline constexpr double kText = 4.5;
inline constexpr double kMarks = 3.0;

// The relative luminance of an opaque colour, 0 for black to 1 for white.
double luminance(const QColor& colour);
double ratio(const QColor& first, const QColor& second);

// `from` moved `share` (0 to 1) of the way towards `to`: a tint that follows both themes.
QColor blended(const QColor& from, const QColor& to, double share);

// `colour` with the same hue, made darker on a light background or lighter on a dark one until it
// reaches `minimum` against `background` (unchanged when it already does).
QColor reaching(const QColor& colour, const QColor& background, double minimum);

} // namespace painpace::colourcontrast
