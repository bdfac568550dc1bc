#include "bodymapgeometry.h"

#include <QTransform>

#include <cmath>
#include <limits>

namespace painpace {

namespace {

// The artwork is drawn on a 100 x 200 grid (width x height) and scaled to 0..1 on both axes.
constexpr double kGridWidth = 100.0;
constexpr double kGridHeight = 200.0;
constexpr double kMid = 50.0;

QPointF mirrored(const QPointF& p) {
    return {kGridWidth - p.x(), p.y()};
}

QRectF mirrored(const QRectF& r) {
    return QRectF(QPointF(kGridWidth - r.right(), r.top()), r.size());
}

// A closed smooth outline through the points (Catmull-Rom turned into cubic Béziers), so the
// figure reads as a body rather than a polygon.
QPainterPath smoothClosed(const QList<QPointF>& points) {
    QPainterPath path(points.first());
    const qsizetype n = points.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF& p0 = points[(i - 1 + n) % n];
        const QPointF& p1 = points[i];
        const QPointF& p2 = points[(i + 1) % n];
        const QPointF& p3 = points[(i + 2) % n];
        path.cubicTo(p1 + (p2 - p0) / 6.0, p2 - (p3 - p1) / 6.0, p2);
    }
    path.closeSubpath();
    return path;
}

// The left half (screen left) of the torso outline, top to bottom; the right half mirrors it.
const QList<QPointF> kTorsoLeft = {{44, 29},  {34, 32},  {27, 35}, {23, 39}, {24, 46},
                                   {28, 56},  {30, 70},  {31, 78}, {29, 88}, {27, 96},
                                   {28, 104}, {32, 110}, {42, 113}};

const QList<QPointF> kArmLeft = {{23, 38}, {17, 43}, {14, 56}, {12, 72},  {11, 86},
                                 {10, 98}, {8, 104}, {9, 111}, {13, 111}, {15, 103},
                                 {17, 88}, {20, 74}, {23, 62}, {26, 50}};

const QList<QPointF> kLegLeft = {{29, 100}, {28, 120}, {29, 140}, {30, 152}, {31, 170},
                                 {32, 186}, {29, 193}, {38, 195}, {40, 188}, {41, 170},
                                 {43, 152}, {44, 140}, {46, 120}, {49, 108}};

QPainterPath buildSilhouette() {
    QList<QPointF> torso = kTorsoLeft;
    for (qsizetype i = kTorsoLeft.size() - 1; i >= 0; --i)
        torso.append(mirrored(kTorsoLeft[i]));
    QList<QPointF> rightArm;
    QList<QPointF> rightLeg;
    for (qsizetype i = kArmLeft.size() - 1; i >= 0; --i)
        rightArm.append(mirrored(kArmLeft[i]));
    for (qsizetype i = kLegLeft.size() - 1; i >= 0; --i)
        rightLeg.append(mirrored(kLegLeft[i]));

    // United one by one: parts drawn in opposite directions must not cancel where they overlap.
    QPainterPath head;
    head.addEllipse(QPointF(kMid, 13), 8.5, 10.5);
    QPainterPath neck;
    neck.addRoundedRect(QRectF(44, 20, 12, 11), 3, 3);
    QPainterPath body = head.united(neck);
    for (const QPainterPath& part :
         {smoothClosed(torso), smoothClosed(kArmLeft), smoothClosed(rightArm),
          smoothClosed(kLegLeft), smoothClosed(rightLeg)})
        body = body.united(part);
    return body.simplified();
}

QTransform gridToNormalized() {
    return QTransform::fromScale(1.0 / kGridWidth, 1.0 / kGridHeight);
}

// A point deep inside the shape (in grid units, where distances are the same both ways): of a
// grid of samples inside it, the one farthest from any sample outside it. Keyboard marks land
// there, so it must never sit on an edge.
QPointF deepestPoint(const QPainterPath& shape) {
    const QRectF box = shape.boundingRect();
    constexpr int kSteps = 24;
    QList<QPointF> inside;
    QList<QPointF> outside;
    for (int i = 0; i <= kSteps; ++i) {
        for (int j = 0; j <= kSteps; ++j) {
            const QPointF p(box.left() + box.width() * i / kSteps,
                            box.top() + box.height() * j / kSteps);
            (shape.contains(p) ? inside : outside).append(p);
        }
    }
    // Points just beyond the box are outside too; they bound the distance at the box edges.
    const double dx = box.width() / kSteps;
    const double dy = box.height() / kSteps;
    for (int i = 0; i <= kSteps; ++i) {
        const double x = box.left() + dx * i;
        const double y = box.top() + dy * i;
        outside << QPointF(x, box.top() - dy) << QPointF(x, box.bottom() + dy)
                << QPointF(box.left() - dx, y) << QPointF(box.right() + dx, y);
    }
    QPointF best = box.center();
    double bestDistance = -1.0;
    for (const QPointF& p : inside) {
        double nearest = std::numeric_limits<double>::max();
        for (const QPointF& q : outside)
            nearest = std::min(nearest, std::hypot(p.x() - q.x(), p.y() - q.y()));
        if (nearest > bestDistance) {
            bestDistance = nearest;
            best = p;
        }
    }
    return best;
}

} // namespace

const BodyMapGeometry& BodyMapGeometry::forView(BodyView view) {
    static const BodyMapGeometry back(BodyView::Back);
    static const BodyMapGeometry front(BodyView::Front);
    return view == BodyView::Back ? back : front;
}

BodyMapGeometry::BodyMapGeometry(BodyView view)
    : m_view(view)
    , m_silhouette(buildSilhouette()) {
    // Shapes are built on the grid, then everything is scaled to normalized coordinates.
    if (view == BodyView::Back)
        buildBack();
    else
        buildFront();
    m_silhouette = gridToNormalized().map(m_silhouette);
    m_claimed = QPainterPath();
}

// Zones are claimed in order: each region is the part of the figure inside its zone that no
// earlier region took, so the regions tile the figure exactly, with no gaps or overlaps.
void BodyMapGeometry::addRegion(const QString& code, const QRectF& zone) {
    QPainterPath zonePath;
    zonePath.addRect(zone);
    QPainterPath shape = m_silhouette.intersected(zonePath);
    if (!m_claimed.isEmpty())
        shape = shape.subtracted(m_claimed);
    m_claimed = m_claimed.united(zonePath);
    shape = shape.simplified();
    m_regions.append(
        {code, gridToNormalized().map(shape), gridToNormalized().map(deepestPoint(shape))});
}

void BodyMapGeometry::addZones(const char* prefix, std::span<const Zone> zones,
                               bool leftOnScreenLeft) {
    const QString left = QStringLiteral(".left");
    const QString right = QStringLiteral(".right");
    for (const Zone& zone : zones) {
        const QString base = QLatin1String(prefix) + QLatin1String(zone.key);
        if (!zone.paired) {
            addRegion(base, zone.rect);
            continue;
        }
        addRegion(base + (leftOnScreenLeft ? left : right), zone.rect);
        addRegion(base + (leftOnScreenLeft ? right : left), mirrored(zone.rect));
    }
}

void BodyMapGeometry::buildBack() {
    // On the back view the person's left is the screen's left.
    const Zone zones[] = {
        {"head", QRectF(0, 0, 100, 22), false},
        {"neck", QRectF(0, 22, 47, 8), true},
        {"spine.cervical", QRectF(47, 22, 6, 8), false},
        {"shoulder", QRectF(0, 30, 34, 18), true},
        {"upperarm", QRectF(0, 48, 24, 28), true},
        {"lowerarm", QRectF(0, 76, 24, 40), true},
        {"trapezius", QRectF(34, 30, 13, 10), true},
        {"spine.thoracic", QRectF(47, 30, 6, 44), false},
        {"spine.lumbar", QRectF(47, 74, 6, 16), false},
        {"scapula", QRectF(0, 40, 40, 20), true},
        {"upper", QRectF(40, 40, 7, 20), true},
        {"mid", QRectF(0, 60, 47, 14), true},
        {"lumbar", QRectF(0, 74, 47, 16), true},
        {"hip", QRectF(0, 90, 36, 22), true},
        {"sacroiliac", QRectF(42, 90, 8, 12), true},
        {"buttock", QRectF(0, 90, 50, 24), true},
        {"thigh", QRectF(0, 114, 50, 28), true},
        {"calf", QRectF(0, 142, 50, 58), true},
    };
    addZones("back.", zones, true);
}

void BodyMapGeometry::buildFront() {
    // Facing the viewer, the person's right is on the screen's left: the rects below are the
    // screen-left halves and belong to the person's right side.
    const Zone zones[] = {
        {"jaw", QRectF(40, 15, 10, 8), true},      {"head", QRectF(0, 0, 100, 22), false},
        {"throat", QRectF(0, 22, 100, 8), false},  {"shoulder", QRectF(0, 30, 34, 18), true},
        {"upperarm", QRectF(0, 48, 24, 28), true}, {"lowerarm", QRectF(0, 76, 24, 40), true},
        {"chest", QRectF(0, 30, 50, 34), true},    {"abdomen", QRectF(0, 64, 50, 38), true},
        {"thigh", QRectF(0, 102, 50, 40), true},   {"shin", QRectF(0, 142, 50, 58), true},
    };
    addZones("front.", zones, false);
}

QString BodyMapGeometry::regionAt(const QPointF& point) const {
    if (!m_silhouette.contains(point))
        return {};
    for (const RegionShape& region : m_regions) {
        if (region.path.contains(point))
            return region.code;
    }
    return {};
}

const BodyMapGeometry::RegionShape* BodyMapGeometry::shapeOf(const QString& code) const {
    for (const RegionShape& region : m_regions) {
        if (region.code == code)
            return &region;
    }
    return nullptr;
}

} // namespace painpace
