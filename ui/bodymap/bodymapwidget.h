#pragma once

#include <QHash>
#include <QWidget>

#include <optional>

#include "diary/painmark.h"

namespace painpace {

class BodyMapGeometry;

// Draws one view of the body map with its marks, referred-pain arrows and, in heat-map mode,
// region shading; turns clicks, drags and keys into requests. It holds no diary data of its own
// and never touches the database: the owning view decides what a request does.
//
// Mouse: click the figure to mark a point; click a mark to select it; drag from a mark to show
// where its pain refers; Shift+drag a mark to move it. Keyboard: arrows and Tab move between
// regions, Enter marks the focused region's centre, + and - change the selected mark's
// intensity, Delete removes it, Escape clears the selection.
class BodyMapWidget : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Marking, HeatMap };

    explicit BodyMapWidget(QWidget* parent = nullptr);

    void setView(BodyView view);
    BodyView view() const { return m_view; }
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    // All marks of the current entry (both views); indices in signals refer to this list.
    void setMarks(const QList<PainMark>& marks);
    const QList<PainMark>& marks() const { return m_marks; }
    void setSelectedMark(int index);
    int selectedMark() const { return m_selectedMark; }

    // Heat per region code, shown scaled to `maxHeat` (the largest value on the map).
    void setHeat(const QHash<QString, double>& heat, double maxHeat);
    double heatOf(const QString& code) const { return m_heat.value(code); }
    double maxHeat() const { return m_maxHeat; }

    void setFocusedRegion(const QString& code);
    QString focusedRegion() const;
    QString hoveredRegion() const { return m_hoveredRegion; }

    // The rectangle the artwork occupies, and conversions between widget and artwork points.
    QRectF artRect() const;
    QPointF toArt(const QPointF& widgetPoint) const;
    QPointF toWidget(const QPointF& artPoint) const;

    const BodyMapGeometry& geometry() const;

    // Marks the focused region's centre (or picks its mark), as Enter does.
    void activateFocusedRegion();
    // "No mark", or the mark's intensity and kind, for screen readers.
    QString markSummary(const QString& regionCode) const;

    QSize sizeHint() const override { return {360, 640}; }
    QSize minimumSizeHint() const override { return {200, 360}; }

signals:
    void pointClicked(const QPointF& artPoint, const QString& regionCode);
    // Enter on a focused region (marking mode): mark its centre, or pick the mark already there.
    void regionActivated(const QString& regionCode, const QPointF& centre);
    void markClicked(int index);
    void markMoveRequested(int index, const QPointF& artPoint, const QString& regionCode);
    void markReferRequested(int index, const QPointF& artPoint);
    void regionChosen(const QString& regionCode);
    void intensityStepRequested(int index, int delta);
    void markDeleteRequested(int index);
    void selectionCleared();
    void focusedRegionChanged(const QString& regionCode);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    int markAt(const QPointF& widgetPoint) const;
    void moveRegionFocus(const QPointF& direction);
    void stepRegionFocus(int step);
    void announceFocusedRegion();
    void updateHover(const QPointF& widgetPoint);
    double markRadius() const;

    void paintFigure(QPainter& painter) const;
    void paintSideLabels(QPainter& painter) const;
    void paintMarks(QPainter& painter) const;
    void paintMark(QPainter& painter, const PainMark& mark, bool selected) const;
    void paintArrow(QPainter& painter, const QPointF& from, const QPointF& to) const;

    BodyView m_view = BodyView::Back;
    Mode m_mode = Mode::Marking;
    QList<PainMark> m_marks;
    int m_selectedMark = -1;
    QHash<QString, double> m_heat;
    double m_maxHeat = 0.0;
    int m_focusedRegion = 0;
    QString m_hoveredRegion;

    int m_pressedMark = -1;
    QPointF m_pressPosition;
    std::optional<QPointF> m_dragPosition;
    bool m_dragMoves = false;
    bool m_showKeyboardFocus = false; // the focused region is outlined once keys are used
};

} // namespace painpace
