#include "bodymapwidget.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <cmath>

#include "bodymap/bodymapgeometry.h"
#include "bodymap/bodyregioncatalogue.h"
#include "bodymapaccessible.h"
#include "common/colourcontrast.h"
#include "common/intensitycolors.h"

namespace painpace {

namespace {

constexpr double kLabelBand = 28.0; // room above the figure for "Your left" / "Your right"
constexpr double kMargin = 8.0;
constexpr double kDragThreshold = 6.0;

using colourcontrast::blended;

} // namespace

BodyMapWidget::BodyMapWidget(QWidget* parent)
    : QWidget(parent) {
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(&BodyMapAccessible::factory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Body map"));
    setAccessibleDescription(tr("Click where it hurts. Arrow keys move between body regions, "
                                "Enter marks the region."));
}

const BodyMapGeometry& BodyMapWidget::geometry() const {
    return BodyMapGeometry::forView(m_view);
}

void BodyMapWidget::setView(BodyView view) {
    if (view == m_view)
        return;
    m_view = view;
    m_focusedRegion = 0;
    m_hoveredRegion.clear();
    update();
}

void BodyMapWidget::setMode(Mode mode) {
    m_mode = mode;
    update();
}

void BodyMapWidget::setMarks(const QList<PainMark>& marks) {
    m_marks = marks;
    if (m_selectedMark >= m_marks.size())
        m_selectedMark = -1;
    update();
}

void BodyMapWidget::setSelectedMark(int index) {
    m_selectedMark = (index >= 0 && index < m_marks.size()) ? index : -1;
    update();
}

void BodyMapWidget::setHeat(const QHash<QString, double>& heat, double maxHeat) {
    m_heat = heat;
    m_maxHeat = maxHeat;
    update();
}

void BodyMapWidget::setFocusedRegion(const QString& code) {
    const auto& regions = geometry().regions();
    for (int i = 0; i < regions.size(); ++i) {
        if (regions[i].code == code) {
            m_focusedRegion = i;
            emit focusedRegionChanged(code);
            announceFocusedRegion();
            update();
            return;
        }
    }
}

QString BodyMapWidget::focusedRegion() const {
    const auto& regions = geometry().regions();
    return regions.value(m_focusedRegion).code;
}

QRectF BodyMapWidget::artRect() const {
    const QRectF area = QRectF(rect()).adjusted(kMargin, kMargin + kLabelBand, -kMargin, -kMargin);
    // The artwork is twice as tall as it is wide; fit it and centre it.
    double width = area.width();
    double height = width * BodyMapGeometry::kAspect;
    if (height > area.height()) {
        height = area.height();
        width = height / BodyMapGeometry::kAspect;
    }
    return QRectF(area.center().x() - width / 2, area.top(), width, height);
}

QPointF BodyMapWidget::toArt(const QPointF& widgetPoint) const {
    const QRectF art = artRect();
    return {(widgetPoint.x() - art.left()) / art.width(),
            (widgetPoint.y() - art.top()) / art.height()};
}

QPointF BodyMapWidget::toWidget(const QPointF& artPoint) const {
    const QRectF art = artRect();
    return {art.left() + artPoint.x() * art.width(), art.top() + artPoint.y() * art.height()};
}

double BodyMapWidget::markRadius() const {
    return std::clamp(artRect().width() / 30.0, 8.0, 14.0);
}

int BodyMapWidget::markAt(const QPointF& widgetPoint) const {
    // The topmost (last drawn) mark wins.
    for (int i = static_cast<int>(m_marks.size()) - 1; i >= 0; --i) {
        if (m_marks[i].view != m_view)
            continue;
        const QPointF centre = toWidget(m_marks[i].point);
        if (std::hypot(centre.x() - widgetPoint.x(), centre.y() - widgetPoint.y()) <=
            markRadius() + 2)
            return i;
    }
    return -1;
}

// --- painting --------------------------------------------------------------------------------

void BodyMapWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paintSideLabels(painter);
    paintFigure(painter);
    if (m_mode == Mode::Marking)
        paintMarks(painter);
}

void BodyMapWidget::paintSideLabels(QPainter& painter) const {
    const QRectF art = artRect();
    const QRectF band(art.left() - 40, art.top() - kLabelBand, art.width() + 80, kLabelBand);
    QFont font = this->font();
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(palette().color(QPalette::WindowText));
    const bool back = m_view == BodyView::Back;
    // On the back the person's left is on the screen's left; on the front it is on the right.
    painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter,
                     back ? tr("◀ Your left") : tr("◀ Your right"));
    painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter,
                     back ? tr("Your right ▶") : tr("Your left ▶"));
    painter.drawText(band, Qt::AlignHCenter | Qt::AlignVCenter, back ? tr("Back") : tr("Front"));
}

void BodyMapWidget::paintFigure(QPainter& painter) const {
    const QRectF art = artRect();
    QTransform toScreen;
    toScreen.translate(art.left(), art.top());
    toScreen.scale(art.width(), art.height());

    const QColor base = palette().color(QPalette::Base);
    const QColor text = palette().color(QPalette::Text);
    const QColor skin = blended(base, text, 0.10);
    const QColor line = blended(base, text, 0.35);
    const QColor highlight = palette().color(QPalette::Highlight);

    painter.setPen(Qt::NoPen);
    painter.setBrush(skin);
    painter.drawPath(toScreen.map(geometry().silhouette()));

    const auto& regions = geometry().regions();
    for (int i = 0; i < regions.size(); ++i) {
        const auto& region = regions[i];
        const QPainterPath path = toScreen.map(region.path);
        QColor fill = Qt::transparent;
        if (m_mode == Mode::HeatMap && m_maxHeat > 0 && m_heat.value(region.code) > 0)
            fill = intensityColor(10.0 * m_heat.value(region.code) / m_maxHeat);
        if (region.code == m_hoveredRegion) {
            fill = fill.alpha() == 0 ? highlight : blended(fill, highlight, 0.35);
            fill.setAlphaF(m_mode == Mode::HeatMap ? 1.0 : 0.30);
        }
        painter.setBrush(fill);
        painter.setPen(QPen(line, 0.8));
        painter.drawPath(path);
        if (hasFocus() && m_showKeyboardFocus && i == m_focusedRegion) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(highlight, 2.5, Qt::DashLine));
            painter.drawPath(path);
        }
    }
}

void BodyMapWidget::paintMarks(QPainter& painter) const {
    for (int i = 0; i < m_marks.size(); ++i) {
        const PainMark& mark = m_marks[i];
        if (mark.view != m_view)
            continue;
        if (mark.referredTo)
            paintArrow(painter, toWidget(mark.point), toWidget(*mark.referredTo));
    }
    if (m_pressedMark >= 0 && m_dragPosition && !m_dragMoves)
        paintArrow(painter, toWidget(m_marks[m_pressedMark].point), *m_dragPosition);
    for (int i = 0; i < m_marks.size(); ++i) {
        if (m_marks[i].view != m_view)
            continue;
        PainMark shown = m_marks[i];
        if (i == m_pressedMark && m_dragPosition && m_dragMoves)
            shown.point = toArt(*m_dragPosition);
        paintMark(painter, shown, i == m_selectedMark);
    }
}

void BodyMapWidget::paintMark(QPainter& painter, const PainMark& mark, bool selected) const {
    const QPointF centre = toWidget(mark.point);
    const double r = markRadius();
    const QColor fill = intensityColor(mark.intensity);
    const QColor outline = palette().color(QPalette::Text);
    if (selected) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(centre, r + 4, r + 4);
    }
    painter.setPen(QPen(outline, 1.5));
    painter.setBrush(fill);
    if (mark.triggerPoint) {
        // Trigger points are diamonds, so shape as well as colour tells them apart.
        const double d = r * 1.25;
        painter.drawPolygon(QPolygonF({centre + QPointF(0, -d), centre + QPointF(d, 0),
                                       centre + QPointF(0, d), centre + QPointF(-d, 0)}));
    } else {
        painter.drawEllipse(centre, r, r);
    }
    QFont font = this->font();
    font.setBold(true);
    font.setPixelSize(static_cast<int>(r * 1.2));
    painter.setFont(font);
    painter.setPen(readableTextOn(fill));
    painter.drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), Qt::AlignCenter,
                     QString::number(mark.intensity));
}

void BodyMapWidget::paintArrow(QPainter& painter, const QPointF& from, const QPointF& to) const {
    const QColor colour = palette().color(QPalette::Text);
    painter.setPen(QPen(colour, 1.8, Qt::DashLine, Qt::RoundCap));
    painter.setBrush(Qt::NoBrush);
    painter.drawLine(from, to);
    const double angle = std::atan2(to.y() - from.y(), to.x() - from.x());
    const double size = 10.0;
    const QPointF left = to - QPointF(std::cos(angle - 0.45), std::sin(angle - 0.45)) * size;
    const QPointF right = to - QPointF(std::cos(angle + 0.45), std::sin(angle + 0.45)) * size;
    painter.setPen(QPen(colour, 1.8));
    painter.setBrush(colour);
    painter.drawPolygon(QPolygonF({to, left, right}));
}

// --- mouse -----------------------------------------------------------------------------------

void BodyMapWidget::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    setFocus(Qt::MouseFocusReason);
    m_showKeyboardFocus = false;
    m_pressPosition = event->position();
    m_pressedMark = m_mode == Mode::Marking ? markAt(event->position()) : -1;
    m_dragPosition.reset();
    m_dragMoves = event->modifiers().testFlag(Qt::ShiftModifier);
}

void BodyMapWidget::mouseMoveEvent(QMouseEvent* event) {
    updateHover(event->position());
    if (m_pressedMark < 0 || !(event->buttons() & Qt::LeftButton))
        return;
    const QPointF delta = event->position() - m_pressPosition;
    if (m_dragPosition || std::hypot(delta.x(), delta.y()) > kDragThreshold) {
        m_dragPosition = event->position();
        update();
    }
}

void BodyMapWidget::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    const QPointF art = toArt(event->position());
    const QString region = geometry().regionAt(art);
    const int pressed = m_pressedMark;
    const bool dragged = m_dragPosition.has_value();
    m_pressedMark = -1;
    m_dragPosition.reset();
    update();

    if (pressed >= 0 && dragged) {
        if (m_dragMoves && !region.isEmpty())
            emit markMoveRequested(pressed, art, region);
        else if (!m_dragMoves && geometry().silhouette().contains(art))
            emit markReferRequested(pressed, art);
        return;
    }
    if (pressed >= 0) {
        emit markClicked(pressed);
        return;
    }
    if (region.isEmpty())
        return; // off the figure: nothing happens
    setFocusedRegion(region);
    if (m_mode == Mode::Marking)
        emit pointClicked(art, region);
    else
        emit regionChosen(region);
}

void BodyMapWidget::leaveEvent(QEvent*) {
    m_hoveredRegion.clear();
    setToolTip(QString());
    update();
}

void BodyMapWidget::updateHover(const QPointF& widgetPoint) {
    const QString region = geometry().regionAt(toArt(widgetPoint));
    if (region == m_hoveredRegion)
        return;
    m_hoveredRegion = region;
    setToolTip(region.isEmpty() ? QString() : bodyRegionName(region));
    update();
}

// --- keyboard --------------------------------------------------------------------------------

void BodyMapWidget::keyPressEvent(QKeyEvent* event) {
    m_showKeyboardFocus = true;
    switch (event->key()) {
    case Qt::Key_Left:
        moveRegionFocus({-1, 0});
        break;
    case Qt::Key_Right:
        moveRegionFocus({1, 0});
        break;
    case Qt::Key_Up:
        moveRegionFocus({0, -1});
        break;
    case Qt::Key_Down:
        moveRegionFocus({0, 1});
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activateFocusedRegion();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (m_selectedMark >= 0)
            emit intensityStepRequested(m_selectedMark, +1);
        break;
    case Qt::Key_Minus:
        if (m_selectedMark >= 0)
            emit intensityStepRequested(m_selectedMark, -1);
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (m_selectedMark >= 0)
            emit markDeleteRequested(m_selectedMark);
        break;
    case Qt::Key_Escape:
        setSelectedMark(-1);
        emit selectionCleared();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void BodyMapWidget::stepRegionFocus(int step) {
    const auto& regions = geometry().regions();
    m_focusedRegion = std::clamp(m_focusedRegion + step, 0, static_cast<int>(regions.size()) - 1);
    emit focusedRegionChanged(regions[m_focusedRegion].code);
    announceFocusedRegion();
    update();
}

void BodyMapWidget::announceFocusedRegion() {
    if (!hasFocus() || !QAccessible::isActive())
        return;
    QAccessibleEvent event(this, QAccessible::Focus);
    event.setChild(m_focusedRegion);
    QAccessible::updateAccessibility(&event);
}

QString BodyMapWidget::markSummary(const QString& regionCode) const {
    for (const PainMark& mark : m_marks) {
        if (mark.regionCode != regionCode)
            continue;
        return mark.triggerPoint ? tr("Trigger point, intensity %1 of 10").arg(mark.intensity)
                                 : tr("Marked, intensity %1 of 10").arg(mark.intensity);
    }
    if (m_mode == Mode::HeatMap && m_heat.value(regionCode) > 0)
        return tr("Heat %1").arg(QLocale().toString(m_heat.value(regionCode), 'f', 1));
    return tr("No mark");
}

// Arrow keys go to the nearest region whose centre lies in that direction (on screen).
void BodyMapWidget::moveRegionFocus(const QPointF& direction) {
    const auto& regions = geometry().regions();
    const QPointF from = toWidget(regions[m_focusedRegion].anchor);
    int best = -1;
    double bestCost = std::numeric_limits<double>::max();
    for (int i = 0; i < regions.size(); ++i) {
        const QPointF offset = toWidget(regions[i].anchor) - from;
        const double along = offset.x() * direction.x() + offset.y() * direction.y();
        if (i == m_focusedRegion || along <= 1.0)
            continue;
        const double across = std::abs(offset.x() * direction.y() - offset.y() * direction.x());
        const double cost = along + 2.0 * across; // prefer regions straight ahead
        if (cost < bestCost) {
            bestCost = cost;
            best = i;
        }
    }
    if (best >= 0)
        stepRegionFocus(best - m_focusedRegion);
}

void BodyMapWidget::activateFocusedRegion() {
    const auto& region = geometry().regions()[m_focusedRegion];
    if (m_mode == Mode::HeatMap) {
        emit regionChosen(region.code);
        return;
    }
    emit regionActivated(region.code, region.anchor);
}

} // namespace painpace
