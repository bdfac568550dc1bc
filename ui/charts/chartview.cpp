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
    m_view->setRubberBand(QChartView::HorizontalRubberBand); // drag to zoom into a stretch
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

void ChartView::rebuild() {
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_chart->setTitle(m_model.title);

    QAbstractAxis* xAxis = nullptr;
    if (m_model.dateAxis) {
        auto* dates = new QDateTimeAxis;
        dates->setFormat(QStringLiteral("d MMM yy"));
        dates->setTickCount(6);
        xAxis = dates;
    } else {
        auto* values = new QValueAxis;
        values->setRange(m_model.xRange.first, m_model.xRange.second);
        values->setTitleText(m_model.xTitle);
        values->setTickCount(6);
        values->setLabelFormat(QStringLiteral("%.0f"));
        xAxis = values;
    }
    auto* yAxis = new QValueAxis;
    yAxis->setRange(m_model.yRange.first, m_model.yRange.second);
    yAxis->setTitleText(m_model.yTitle);
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setTickCount(6); // 0, 2, 4 … 10: whole numbers only, so labels never round
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    QValueAxis* secondary = nullptr;
    if (m_model.secondaryRange) {
        secondary = new QValueAxis;
        secondary->setRange(m_model.secondaryRange->first, m_model.secondaryRange->second);
        secondary->setTitleText(m_model.secondaryTitle);
        secondary->setTickCount(6);
        secondary->applyNiceNumbers();
        m_chart->addAxis(secondary, Qt::AlignRight);
    }
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
        static_cast<QDateTimeAxis*>(xAxis)->setRange(
            QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(first)),
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
