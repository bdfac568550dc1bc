#include "chartview.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QStackedLayout>
#include <QSvgGenerator>
#include <QValueAxis>

#include "stats/descriptive.h"

namespace painpace {

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
    m_valueXAxis->setTickCount(6);
    m_valueXAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_yAxis = new QValueAxis;
    m_yAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_yAxis->setTickCount(6); // 0, 2, 4 … 10: whole numbers only, so labels never round
    m_secondaryAxis = new QValueAxis;
    m_secondaryAxis->setTickCount(6);
    m_chart->addAxis(m_dateAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueXAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_chart->addAxis(m_secondaryAxis, Qt::AlignRight);
}

void ChartView::rebuild() {
    m_chart->removeAllSeries();
    m_chart->setTitle(m_model.title);
    m_dateAxis->setVisible(m_model.dateAxis);
    m_valueXAxis->setVisible(!m_model.dateAxis);
    m_valueXAxis->setRange(m_model.xRange.first, m_model.xRange.second);
    m_valueXAxis->setTitleText(m_model.xTitle);
    m_yAxis->setRange(m_model.yRange.first, m_model.yRange.second);
    m_yAxis->setTitleText(m_model.yTitle);
    m_secondaryAxis->setVisible(m_model.secondaryRange.has_value());
    if (m_model.secondaryRange) {
        m_secondaryAxis->setRange(m_model.secondaryRange->first, m_model.secondaryRange->second);
        m_secondaryAxis->setTitleText(m_model.secondaryTitle);
        m_secondaryAxis->applyNiceNumbers();
    }
    QAbstractAxis* xAxis =
        m_model.dateAxis ? static_cast<QAbstractAxis*>(m_dateAxis) : m_valueXAxis;
    QValueAxis* yAxis = m_yAxis;
    QValueAxis* secondary = m_model.secondaryRange ? m_secondaryAxis : nullptr;
    auto attach = [&](QAbstractSeries* series, bool onSecondary) {
        m_chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(onSecondary && secondary ? secondary : yAxis);
    };

    for (const ChartBand& band : m_model.bands) {
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        upper->replace(stats::downsampleLttb(band.upper, plotColumns()));
        lower->replace(stats::downsampleLttb(band.lower, plotColumns()));
        auto* area = new QAreaSeries(upper, lower);
        area->setName(band.name);
        QColor fill = band.colour;
        fill.setAlphaF(0.22);
        area->setBrush(fill);
        area->setPen(Qt::NoPen);
        attach(area, false);
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
                series->setPen(QPen(line.colour, 2.2));
            } else {
                auto* dots = new QScatterSeries;
                const bool markers = line.style == ChartLine::Style::Markers;
                dots->setMarkerShape(markers ? QScatterSeries::MarkerShapeRectangle
                                             : QScatterSeries::MarkerShapeCircle);
                dots->setMarkerSize(markers ? 9.0 : 5.0);
                dots->setColor(line.colour);
                dots->setBorderColor(line.colour);
                series = dots;
            }
            // Time series are downsampled to the plot's width; a scatter keeps every point.
            series->replace(m_model.dateAxis ? stats::downsampleLttb(segment, columns) : segment);
            series->setName(line.name);
            attach(series, line.secondaryAxis);
            if (s > 0)
                m_chart->legend()->markers(series).value(0)->setVisible(false);
        }
    }
    if (m_model.dateAxis && !m_model.lines.isEmpty() && !m_model.lines.first().points.isEmpty()) {
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

QList<int> ChartView::drawnPointCounts() const {
    QList<int> counts;
    for (QAbstractSeries* series : m_chart->series()) {
        if (auto* xy = qobject_cast<QXYSeries*>(series))
            counts.append(static_cast<int>(xy->count()));
    }
    return counts;
}

// Follow the window's palette, so light and dark themes both read well.
void ChartView::applyTheme() {
    const QPalette colours = palette();
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

void ChartView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

bool ChartView::exportPng(const QString& path) {
    return m_stack->currentWidget()->grab().save(path, "PNG");
}

bool ChartView::exportSvg(const QString& path) {
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size());
    generator.setViewBox(rect());
    generator.setTitle(m_model.title);
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    m_stack->currentWidget()->render(&painter);
    return painter.end();
}

} // namespace painpace
