#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace painpace {

// What a chart shows, in plain values: the only thing views hand to ui/charts. Qt Charts stays
// behind ChartView (it is deprecated from Qt 6.10, Qt Graphs replaces it).
// x values are milliseconds since the epoch on date axes, plain values otherwise.
struct ChartLine {
    enum class Style { Line, Dots, Markers };
    enum class Marker { Square, Triangle }; // for Style::Markers: squares are larger
    QString name;
    QList<QPointF> points;    // a gap in the data is a gap in the list: see `segments`
    QList<int> segmentStarts; // indices where a new unconnected stretch begins (besides 0)
    Style style = Style::Line;
    Marker marker = Marker::Square;
    QColor colour;
    bool secondaryAxis = false;
    Qt::PenStyle pen = Qt::SolidLine;
    QStringList pointLabels; // shown on hover instead of the date and value, one per point
};

// The area between two lines: a range (the day's lowest to highest pain, a score band) or one
// layer of a stacked bar (its height is upper - lower; drawn with every point, no downsampling).
struct ChartBand {
    enum class Kind { Range, Bar };
    QString name;
    QList<QPointF> lower;
    QList<QPointF> upper;
    QColor colour;
    Kind kind = Kind::Range;
    double opacity = 0.22;
    QStringList pointLabels; // for bars: what hovering names, one per point of `upper`
};

struct ChartModel {
    QString title;
    bool dateAxis = true; // otherwise a value axis with xTitle and xRange
    QString xTitle;
    std::pair<double, double> xRange{0.0, 10.0};
    std::optional<std::pair<double, double>> dateRange; // else the span of the lines
    QStringList yCategories; // a row per category (y = its index) instead of a value axis
    QString yTitle;
    std::pair<double, double> yRange{0.0, 10.0};
    QString secondaryTitle;
    std::optional<std::pair<double, double>> secondaryRange;
    QList<ChartBand> bands;
    QList<ChartLine> lines;
    QString emptyMessage; // shown instead of the chart when set
};

// The numbers of a chart as rows of text, for the table view and copying.
struct ChartTable {
    QStringList headers;
    QList<QStringList> rows;
};

// Colour-blind-safe series colours (Okabe-Ito), readable on light and dark backgrounds.
namespace chartcolours {
inline const QColor kBlue{0x00, 0x72, 0xB2};
inline const QColor kOrange{0xE6, 0x9F, 0x00};
inline const QColor kVermillion{0xD5, 0x5E, 0x00};
inline const QColor kSky{0x56, 0xB4, 0xE9};
inline const QColor kGreen{0x00, 0x9E, 0x73};
inline const QColor kPurple{0xCC, 0x79, 0xA7};
inline const QColor kYellow{0xF0, 0xE4, 0x42};
inline const QColor kGrey{0x88, 0x88, 0x88};
} // namespace chartcolours

} // namespace painpace
