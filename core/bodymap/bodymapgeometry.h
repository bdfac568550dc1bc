#pragma once

#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QString>

#include <span>

#include "diary/painmark.h"

namespace painpace {

// The shapes of the body map in normalized artwork coordinates: x and y run from 0 to 1 across a
// drawing whose height is kAspect times its width. Region shapes are exact outlines: hit-testing
// uses them, never bounding boxes, and marks keep the exact point clicked.
//
// Back view: the person is seen from behind, so their left is on the screen's left.
// Front view: the person faces the viewer, so their left is on the screen's right.
class BodyMapGeometry {
public:
    static constexpr double kAspect = 2.0; // drawing height / width

    struct RegionShape {
        QString code;
        QPainterPath path;
        QPointF anchor; // a point well inside the region: keyboard marks and labels go here
    };

    static const BodyMapGeometry& forView(BodyView view);

    BodyView view() const { return m_view; }
    const QPainterPath& silhouette() const { return m_silhouette; }
    const QList<RegionShape>& regions() const { return m_regions; }

    // The region under a normalized point, or empty when the point is off the figure.
    QString regionAt(const QPointF& point) const;
    const RegionShape* shapeOf(const QString& code) const;

private:
    // A rectangle of the 100 x 200 drawing grid that a region claims, drawn on the screen's
    // left half (paired regions are mirrored to the right half) or across the midline.
    struct Zone {
        const char* key; // region code without the view prefix or side
        QRectF rect;
        bool paired;
    };

    explicit BodyMapGeometry(BodyView view);
    void buildBack();
    void buildFront();
    void addZones(const char* prefix, std::span<const Zone> zones, bool leftOnScreenLeft);
    void addRegion(const QString& code, const QRectF& zone);

    BodyView m_view;
    QPainterPath m_silhouette;
    QPainterPath m_claimed; // grid units, only while building
    QList<RegionShape> m_regions;
};

} // namespace painpace
