#pragma once

class QString;
class QWidget;

namespace painpace {

// Saves what a chart widget shows, at its current size: a PNG at the screen's pixel ratio, or an
// SVG whose text and lines stay sharp at any size. False when the file cannot be written.
bool saveChartPng(QWidget& chart, const QString& path);
bool saveChartSvg(QWidget& chart, const QString& path, const QString& title);

} // namespace painpace
