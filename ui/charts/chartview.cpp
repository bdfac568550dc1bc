#include "chartview.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QScatterSeries>
#include <QSet>
#include <QStackedLayout>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>

#include <cmath>

#include "common/colourcontrast.h"
#include "stats/descriptive.h"

namespace painpace {

namespace {
const char* const kModelColour = "painpaceModelColour";
} // namespace

ChartView::ChartView(QWidget* parent)
    : QWidget(parent) {
    m_stack = new QStackedLayout(this);
    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    // Axes and series are rebuilt on every change; repainting the whole view leaves no stale
    // labels behind.
    m_view->setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    m_view->setRubberBand(QChartView::HorizontalRubberBand); // drag to zoom into a stretch
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setToolTip(tr("Drag to zoom in, scroll or use the arrow keys to move, Ctrl+scroll to "
                          "zoom, double-click or Escape to see the whole range"));
    createAxes();
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    applyTheme();
}

ChartView::~ChartView() = default;

bool ChartView::isShowingEmptyMessage() const {
    return m_stack->currentWidget() == m_empty;
}

// The plot's width in pixels; before the first layout the chart's own idea of it can be stale,
// so never more than the widget itself.
int ChartView::plotColumns() const {
    const int plot = static_cast<int>(m_chart->plotArea().width());
    const int widget = std::max(width(), 200);
    return plot > 0 ? std::min(plot, widget) : widget;
}

void ChartView::setModel(const ChartModel& model) {
    m_model = model;
    if (!m_model.emptyMessage.isEmpty()) {
        m_empty->setText(m_model.emptyMessage);
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentWidget(m_view);
    rebuild();
}

// The axes live as long as the chart and are only reconfigured: recreating them on every change
// left stale labels in the scene and cost time.
void ChartView::createAxes() {
    m_dateAxis = new QDateTimeAxis;
    m_dateAxis->setFormat(QStringLiteral("d MMM yy"));
    m_dateAxis->setTickCount(6);
    m_valueXAxis = new QValueAxis;
    m_valueXAxis->setTickType(QValueAxis::TicksDynamic);
    m_valueXAxis->setTickAnchor(0.0);
    m_yAxis = new QValueAxis;
    m_yAxis->setTickType(QValueAxis::TicksDynamic);
    m_yAxis->setTickAnchor(0.0);
    m_secondaryAxis = new QValueAxis;
    m_secondaryAxis->setTickCount(6);
    m_categoryAxis = new QCategoryAxis;
    m_categoryAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_chart->addAxis(m_dateAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueXAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_chart->addAxis(m_categoryAxis, Qt::AlignLeft);
    m_chart->addAxis(m_secondaryAxis, Qt::AlignRight);
}

// Ticks on round steps from 0 (1, 2 or 5 times a power of ten, about six of them), so every
// label is exact: a fixed tick count put ticks at 2.4 and 4.8 and printed them rounded.
void ChartView::setValueRange(QValueAxis* axis, const std::pair<double, double>& range) {
    axis->setRange(range.first, range.second);
    const double span = std::max(range.second - range.first, 1e-9);
    const double rough = span / 6.0;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10.0 * power;
    for (double factor : {1.0, 2.0, 5.0}) {
        if (factor * power >= rough) {
            step = factor * power;
            break;
        }
    }
    axis->setTickInterval(step);
    axis->setLabelFormat(step >= 1.0 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
}

void ChartView::rebuild() {
    m_chart->zoomReset(); // forget the zoom of the previous data
    m_chart->removeAllSeries();
    m_chart->setTitle(m_model.title);
    m_dateAxis->setVisible(m_model.dateAxis);
    m_valueXAxis->setVisible(!m_model.dateAxis);
    setValueRange(m_valueXAxis, m_model.xRange);
    m_valueXAxis->setTitleText(m_model.xTitle);
    const bool categories = !m_model.yCategories.isEmpty();
    m_yAxis->setVisible(!categories);
    m_categoryAxis->setVisible(categories);
    setValueRange(m_yAxis, m_model.yRange);
    m_yAxis->setTitleText(m_model.yTitle);
    for (const QString& label : m_categoryAxis->categoriesLabels())
        m_categoryAxis->remove(label);
    m_categoryAxis->setStartValue(-0.5);
    for (qsizetype i = 0; i < m_model.yCategories.size(); ++i)
        m_categoryAxis->append(m_model.yCategories[i], static_cast<double>(i) + 0.5);
    m_categoryAxis->setRange(m_model.yRange.first, m_model.yRange.second);
    m_secondaryAxis->setVisible(m_model.secondaryRange.has_value());
    if (m_model.secondaryRange) {
        m_secondaryAxis->setRange(m_model.secondaryRange->first, m_model.secondaryRange->second);
        m_secondaryAxis->setTitleText(m_model.secondaryTitle);
        m_secondaryAxis->applyNiceNumbers();
    }
    QAbstractAxis* xAxis =
        m_model.dateAxis ? static_cast<QAbstractAxis*>(m_dateAxis) : m_valueXAxis;
    QAbstractAxis* yAxis = categories ? static_cast<QAbstractAxis*>(m_categoryAxis) : m_yAxis;
    QValueAxis* secondary = m_model.secondaryRange ? m_secondaryAxis : nullptr;
    auto attach = [&](QAbstractSeries* series, bool onSecondary) {
        m_chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(onSecondary && secondary ? secondary : yAxis);
    };

    for (qsizetype b = 0; b < m_model.bands.size(); ++b) {
        const ChartBand& band = m_model.bands[b];
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        // Bars keep every corner; a range follows the plot's width like the lines.
        const bool exact = band.kind == ChartBand::Kind::Bar;
        upper->replace(exact ? band.upper : stats::downsampleLttb(band.upper, plotColumns()));
        lower->replace(exact ? band.lower : stats::downsampleLttb(band.lower, plotColumns()));
        auto* area = new QAreaSeries(upper, lower);
        area->setName(band.name);
        QColor fill = band.colour;
        fill.setAlphaF(band.opacity);
        area->setBrush(fill);
        area->setPen(Qt::NoPen);
        attach(area, false);
        if (band.name.isEmpty())
            m_chart->legend()->markers(area).value(0)->setVisible(false);
        connect(area, &QAreaSeries::hovered, this,
                [this, b](const QPointF& point, bool state) { showBandValue(b, point, state); });
    }
    const int columns = plotColumns();
    for (const ChartLine& line : m_model.lines) {
        // Each unconnected stretch is its own series; only the first is named in the legend.
        QList<int> starts = line.segmentStarts;
        starts.prepend(0);
        starts.append(static_cast<int>(line.points.size()));
        for (qsizetype s = 0; s + 1 < starts.size(); ++s) {
            const QList<QPointF> segment = line.points.mid(starts[s], starts[s + 1] - starts[s]);
            if (segment.isEmpty())
                continue;
            QXYSeries* series = nullptr;
            if (line.style == ChartLine::Style::Line) {
                series = new QLineSeries;
                series->setPen(QPen(line.colour, 2.2, line.pen));
            } else if (line.style == ChartLine::Style::Dots) {
                // Dots as a line series with points and no line: painted in one pass, where a
                // scatter series makes a graphics item per point.
                series = new QLineSeries;
                series->setPen(QPen(line.colour, 0.0, Qt::NoPen));
                series->setPointsVisible(true);
                series->setMarkerSize(2.5); // a radius here, a diameter for scatter series
            } else {
                auto* dots = new QScatterSeries;
                const bool markers = line.style == ChartLine::Style::Markers;
                const bool triangle = line.marker == ChartLine::Marker::Triangle;
                if (!markers)
                    dots->setMarkerShape(QScatterSeries::MarkerShapeCircle);
                else
                    dots->setMarkerShape(triangle ? QScatterSeries::MarkerShapeTriangle
                                                  : QScatterSeries::MarkerShapeRectangle);
                // Small marks for events along the top (flares), so many do not merge into a bar.
                dots->setMarkerSize(!markers ? 5.0 : (triangle ? 5.0 : 9.0));
                series = dots;
            }
            // The model's colour; applyTheme() draws it in the shade that reads on the ground.
            series->setProperty(kModelColour, line.colour);
            // Time series are downsampled to the plot's width; a scatter keeps one point per
            // pixel (Qt Charts makes a graphics item of every scatter point, and a dot drawn
            // over an identical one shows nothing new).
            if (m_model.dateAxis)
                series->replace(stats::downsampleLttb(segment, columns));
            else if (line.style != ChartLine::Style::Line)
                series->replace(onePerPixel(segment));
            else
                series->replace(segment);
            series->setName(line.name);
            attach(series, line.secondaryAxis);
            if (s > 0 || line.name.isEmpty())
                m_chart->legend()->markers(series).value(0)->setVisible(false);
            const auto lineIndex = &line - m_model.lines.constData();
            connect(series, &QXYSeries::hovered, this,
                    [this, lineIndex](const QPointF& point, bool state) {
                        showLineValue(lineIndex, point, state);
                    });
        }
    }
    if (m_model.dateAxis && m_model.dateRange) {
        m_dateAxis->setRange(
            QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(m_model.dateRange->first)),
            QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(m_model.dateRange->second)));
    } else if (m_model.dateAxis && !m_model.lines.isEmpty() &&
               !m_model.lines.first().points.isEmpty()) {
        double first = m_model.lines.first().points.first().x();
        double last = m_model.lines.first().points.last().x();
        for (const ChartLine& line : m_model.lines) {
            if (line.points.isEmpty())
                continue;
            first = std::min(first, line.points.first().x());
            last = std::max(last, line.points.last().x());
        }
        m_dateAxis->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(first)),
                             QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(last)));
    }
    applyTheme();
}

QList<QPointF> ChartView::onePerPixel(const QList<QPointF>& points) const {
    const QRectF plot = m_chart->plotArea();
    const double plotWidth = plot.width() > 0 ? plot.width() : std::max(this->width(), 200);
    const double plotHeight = plot.height() > 0 ? plot.height() : std::max(this->height(), 200);
    const auto [left, right] = m_model.xRange;
    const auto [bottom, top] = m_model.yRange;
    QSet<qint64> taken;
    QList<QPointF> kept;
    for (const QPointF& point : points) {
        const auto column = static_cast<qint64>((point.x() - left) / (right - left) * plotWidth);
        const auto row = static_cast<qint64>((point.y() - bottom) / (top - bottom) * plotHeight);
        if (!taken.contains(column << 32 | row)) {
            taken.insert(column << 32 | row);
            kept.append(point);
        }
    }
    return kept;
}

namespace {

// The index of the point nearest to `x` in points sorted by x.
qsizetype nearestByX(const QList<QPointF>& points, double x) {
    const auto after =
        std::lower_bound(points.cbegin(), points.cend(), x,
                         [](const QPointF& p, double value) { return p.x() < value; });
    if (after == points.cbegin())
        return 0;
    if (after == points.cend())
        return points.size() - 1;
    const auto before = after - 1;
    return (x - before->x() <= after->x() - x ? before : after) - points.cbegin();
}

qsizetype nearest(const QList<QPointF>& points, const QPointF& point) {
    qsizetype best = 0;
    double bestDistance = std::numeric_limits<double>::max();
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF d = points[i] - point;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

QString dayText(double x) {
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(x)).date(),
                              QLocale::ShortFormat);
}

QString valueText(double value) {
    return QLocale().toString(value, 'f', 1);
}

} // namespace

QString ChartView::lineValueText(qsizetype lineIndex, const QPointF& point) const {
    const ChartLine& line = m_model.lines.value(lineIndex);
    if (line.points.isEmpty())
        return {};
    const qsizetype index = m_model.dateAxis && line.style != ChartLine::Style::Dots
                                ? nearestByX(line.points, point.x())
                                : nearest(line.points, point);
    if (index < line.pointLabels.size())
        return line.pointLabels[index];
    const QPointF value = line.points[index];
    if (m_model.dateAxis)
        return tr("%1\n%2: %3").arg(line.name, dayText(value.x()), valueText(value.y()));
    return tr("%1: %2\n%3: %4")
        .arg(m_model.xTitle, valueText(value.x()), m_model.yTitle, valueText(value.y()));
}

QString ChartView::bandValueText(qsizetype bandIndex, const QPointF& point) const {
    const ChartBand& band = m_model.bands.value(bandIndex);
    if (band.upper.isEmpty())
        return {};
    if (band.kind == ChartBand::Kind::Bar) {
        // The bar whose left and right edges hold the point.
        for (qsizetype i = 0; i + 3 < band.upper.size(); i += 4) {
            if (point.x() >= band.upper[i].x() && point.x() <= band.upper[i + 2].x()) {
                const QString label = band.pointLabels.value(i, dayText(band.upper[i].x()));
                return tr("%1\n%2: %3")
                    .arg(band.name, label,
                         valueText(band.upper[i + 1].y() - band.lower[i + 1].y()));
            }
        }
        return {};
    }
    const qsizetype index = nearestByX(band.upper, point.x());
    if (m_model.dateAxis && band.upper.size() > 2)
        return tr("%1\n%2: %3 to %4")
            .arg(band.name, dayText(band.upper[index].x()), valueText(band.lower[index].y()),
                 valueText(band.upper[index].y()));
    return band.name;
}

void ChartView::showLineValue(qsizetype lineIndex, const QPointF& point, bool hovering) {
    if (hovering)
        QToolTip::showText(QCursor::pos(), lineValueText(lineIndex, point), m_view);
    else
        QToolTip::hideText();
}

void ChartView::showBandValue(qsizetype bandIndex, const QPointF& point, bool hovering) {
    if (hovering)
        QToolTip::showText(QCursor::pos(), bandValueText(bandIndex, point), m_view);
    else
        QToolTip::hideText();
}

// Wheel and keys move along the x axis, Ctrl+wheel and +/- zoom, double-click or Escape show
// everything again; dragging zooms (the chart view's rubber band).
bool ChartView::eventFilter(QObject* watched, QEvent* event) {
    if (m_stack->currentWidget() != m_view)
        return QWidget::eventFilter(watched, event);
    const double step = m_chart->plotArea().width() / 10.0;
    switch (event->type()) {
    case QEvent::Wheel: {
        auto* wheel = static_cast<QWheelEvent*>(event);
        const QPoint delta = wheel->angleDelta();
        const int amount = delta.x() != 0 ? delta.x() : delta.y();
        if (wheel->modifiers() & Qt::ControlModifier)
            m_chart->zoom(amount > 0 ? 1.25 : 0.8);
        else
            m_chart->scroll(amount > 0 ? -step : step, 0);
        return true;
    }
    case QEvent::MouseButtonDblClick:
        m_chart->zoomReset();
        return true;
    case QEvent::KeyPress: {
        switch (static_cast<QKeyEvent*>(event)->key()) {
        case Qt::Key_Left:
            m_chart->scroll(-step, 0);
            return true;
        case Qt::Key_Right:
            m_chart->scroll(step, 0);
            return true;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            m_chart->zoom(1.25);
            return true;
        case Qt::Key_Minus:
            m_chart->zoom(0.8);
            return true;
        case Qt::Key_Escape:
        case Qt::Key_Home:
            m_chart->zoomReset();
            return true;
        default:
            break;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

bool ChartView::isZoomed() const {
    return m_chart->isZoomed();
}

QList<int> ChartView::drawnPointCounts() const {
    QList<int> counts;
    for (QAbstractSeries* series : m_chart->series()) {
        if (auto* xy = qobject_cast<QXYSeries*>(series))
            counts.append(static_cast<int>(xy->count()));
    }
    return counts;
}

QList<QColor> ChartView::drawnColours() const {
    QList<QColor> colours;
    for (QAbstractSeries* series : m_chart->series()) {
        if (auto* dots = qobject_cast<QScatterSeries*>(series))
            colours.append(dots->color());
        else if (auto* xy = qobject_cast<QXYSeries*>(series))
            colours.append(xy->pen().color());
    }
    return colours;
}

// Follow the window's palette, so light and dark themes both read well: every line and mark in
// its model hue, at a lightness with at least 3:1 against the chart's ground (docs/design.md,
// "Contrast").
void ChartView::applyTheme() {
    const QPalette colours = palette();
    const QColor ground = colours.color(QPalette::Base);
    for (QAbstractSeries* series : m_chart->series()) {
        const QVariant modelColour = series->property(kModelColour);
        auto* xy = qobject_cast<QXYSeries*>(series);
        if (!xy || !modelColour.isValid())
            continue;
        const QColor ink =
            colourcontrast::reaching(modelColour.value<QColor>(), ground, colourcontrast::kMarks);
        if (auto* dots = qobject_cast<QScatterSeries*>(xy)) {
            dots->setColor(ink);
            dots->setBorderColor(ink);
            continue;
        }
        QPen pen = xy->pen();
        pen.setColor(ink);
        xy->setPen(pen);
        xy->setColor(ink);
    }
    m_chart->setBackgroundBrush(colours.color(QPalette::Base));
    m_chart->setTitleBrush(colours.color(QPalette::Text));
    m_chart->legend()->setLabelColor(colours.color(QPalette::Text));
    for (QAbstractAxis* axis : m_chart->axes()) {
        axis->setLabelsColor(colours.color(QPalette::Text));
        axis->setTitleBrush(colours.color(QPalette::Text));
        QColor grid = colours.color(QPalette::Text);
        grid.setAlphaF(0.15);
        axis->setGridLineColor(grid);
    }
}

// As many date labels as fit: about one per 120 pixels, so they never crowd or get cut.
void ChartView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    m_dateAxis->setTickCount(std::clamp(width() / 120, 3, 7));
}

void ChartView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

QPoint ChartView::positionOf(const QPointF& value) const {
    const QList<QAbstractSeries*> series = m_chart->series();
    if (series.isEmpty())
        return {};
    const QPointF inScene = m_chart->mapToScene(m_chart->mapToPosition(value, series.first()));
    return m_view->mapTo(this, m_view->mapFromScene(inScene));
}

QWidget* ChartView::chartSurface() const {
    return m_stack->currentWidget();
}

} // namespace painpace
