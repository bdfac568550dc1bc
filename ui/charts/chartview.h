#pragma once

#include <QWidget>

#include "chartmodel.h"

class QCategoryAxis;
class QChart;
class QDateTimeAxis;
class QValueAxis;
class QChartView;
class QLabel;
class QStackedLayout;

namespace painpace {

// Draws a ChartModel. The only class that knows Qt Charts: series data is set with replace()
// (never point by point), and lines with more points than the plot has pixel columns are
// downsampled (LTTB) first.
class ChartView : public QWidget {
    Q_OBJECT
public:
    explicit ChartView(QWidget* parent = nullptr);
    ~ChartView() override;

    void setModel(const ChartModel& model);
    const ChartModel& model() const { return m_model; }
    bool isShowingEmptyMessage() const;
    // Points actually handed to the chart for each series, after downsampling (for tests).
    QList<int> drawnPointCounts() const;
    // The colour each series is drawn in, in the shade the palette asks for (for tests).
    QList<QColor> drawnColours() const;

    bool isZoomed() const;
    // What hovering a line's point or a band shows (public for tests).
    QString lineValueText(qsizetype lineIndex, const QPointF& point) const;
    QString bandValueText(qsizetype bandIndex, const QPointF& point) const;
    QWidget* chartSurface() const;
    // Where a value of the main axes is drawn, in this widget's coordinates.
    QPoint positionOf(const QPointF& value) const;

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createAxes();
    void rebuild();
    void applyTheme();
    int plotColumns() const;
    QList<QPointF> onePerPixel(const QList<QPointF>& points) const;
    static void setValueRange(QValueAxis* axis, const std::pair<double, double>& range);
    void showLineValue(qsizetype lineIndex, const QPointF& point, bool hovering);
    void showBandValue(qsizetype bandIndex, const QPointF& point, bool hovering);

    ChartModel m_model;
    QChart* m_chart = nullptr;
    QDateTimeAxis* m_dateAxis = nullptr;
    QValueAxis* m_valueXAxis = nullptr;
    QValueAxis* m_yAxis = nullptr;
    QValueAxis* m_secondaryAxis = nullptr;
    QCategoryAxis* m_categoryAxis = nullptr;
    QChartView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    QStackedLayout* m_stack = nullptr;
};

} // namespace painpace
