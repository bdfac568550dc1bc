#pragma once

#include <QWidget>

#include "chartmodel.h"

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

    bool exportPng(const QString& path);
    bool exportSvg(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void createAxes();
    void rebuild();
    void applyTheme();
    int plotColumns() const;

    ChartModel m_model;
    QChart* m_chart = nullptr;
    QDateTimeAxis* m_dateAxis = nullptr;
    QValueAxis* m_valueXAxis = nullptr;
    QValueAxis* m_yAxis = nullptr;
    QValueAxis* m_secondaryAxis = nullptr;
    QChartView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    QStackedLayout* m_stack = nullptr;
};

} // namespace painpace
