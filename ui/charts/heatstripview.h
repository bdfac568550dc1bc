#pragma once

#include <QWidget>

#include "heatstripmodel.h"

namespace painpace {

// Draws a HeatStripModel: a row per region, a cell per week or month coloured by the share of
// its days with a mark (the body map's scale), with the number in the cell when it fits and in
// a tooltip always. Plain painting: no chart library involved.
class HeatStripView : public QWidget {
    Q_OBJECT
public:
    explicit HeatStripView(QWidget* parent = nullptr);

    void setModel(const HeatStripModel& model);
    const HeatStripModel& model() const { return m_model; }
    // The row and column under a point of the widget, if any (for tooltips and tests).
    std::optional<std::pair<int, int>> cellAt(const QPoint& position) const;
    QString cellDescription(int row, int column) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Layout {
        QRectF grid;
        double labelWidth = 0.0;
        double rowHeight = 0.0;
        double columnWidth = 0.0;
    };
    Layout layout() const;
    void paintColumnLabels(QPainter& painter, const Layout& geometry) const;
    void paintLegend(QPainter& painter, const QRectF& area) const;
    double share(int row, int column) const;

    HeatStripModel m_model;
};

} // namespace painpace
