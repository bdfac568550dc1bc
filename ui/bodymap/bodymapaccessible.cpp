#include "bodymapaccessible.h"

#include <QAccessibleActionInterface>

#include "bodymap/bodymapgeometry.h"
#include "bodymap/bodyregioncatalogue.h"
#include "bodymapwidget.h"

namespace painpace {

namespace {

// One region of the map as an accessible element.
class RegionAccessible : public QAccessibleInterface, public QAccessibleActionInterface {
public:
    RegionAccessible(BodyMapAccessible* parent, int index)
        : m_parent(parent)
        , m_index(index) {}

    bool isValid() const override { return m_parent->isValid(); }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override { return m_parent->window(); }
    QAccessibleInterface* parent() const override { return m_parent; }
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::Button; }
    void setText(QAccessible::Text, const QString&) override {}

    QString text(QAccessible::Text type) const override {
        const QString code = shape().code;
        if (type == QAccessible::Name)
            return bodyRegionName(code);
        if (type == QAccessible::Description)
            return m_parent->map()->markSummary(code);
        return {};
    }

    QAccessible::State state() const override {
        QAccessible::State state;
        state.focusable = true;
        state.focused =
            m_parent->map()->hasFocus() && m_parent->map()->focusedRegion() == shape().code;
        return state;
    }

    QRect rect() const override {
        BodyMapWidget* map = m_parent->map();
        const QRectF box = shape().path.boundingRect();
        const QRectF local(map->toWidget(box.topLeft()), map->toWidget(box.bottomRight()));
        return QRect(map->mapToGlobal(local.topLeft().toPoint()), local.size().toSize());
    }

    void* interface_cast(QAccessible::InterfaceType type) override {
        return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface*>(this)
                                                    : nullptr;
    }

    QStringList actionNames() const override { return {pressAction(), setFocusAction()}; }
    void doAction(const QString& name) override {
        BodyMapWidget* map = m_parent->map();
        map->setFocusedRegion(shape().code);
        if (name == pressAction())
            map->activateFocusedRegion();
    }
    QStringList keyBindingsForAction(const QString&) const override { return {}; }

private:
    const BodyMapGeometry::RegionShape& shape() const {
        return m_parent->map()->geometry().regions()[m_index];
    }

    BodyMapAccessible* m_parent;
    int m_index;
};

} // namespace

BodyMapAccessible::BodyMapAccessible(BodyMapWidget* map)
    : QAccessibleWidget(map, QAccessible::Grouping, map->accessibleName()) {}

BodyMapAccessible::~BodyMapAccessible() {
    clearChildren();
}

BodyMapWidget* BodyMapAccessible::map() const {
    return static_cast<BodyMapWidget*>(widget());
}

void BodyMapAccessible::clearChildren() const {
    for (QAccessible::Id id : m_children)
        QAccessible::deleteAccessibleInterface(id);
    m_children.clear();
}

int BodyMapAccessible::childCount() const {
    return static_cast<int>(map()->geometry().regions().size());
}

QAccessibleInterface* BodyMapAccessible::child(int index) const {
    // Children are made per view; switching between back and front replaces them.
    const int view = static_cast<int>(map()->view());
    if (view != m_childrenView) {
        clearChildren();
        m_childrenView = view;
    }
    if (index < 0 || index >= childCount())
        return nullptr;
    while (m_children.size() < childCount()) {
        auto* region = new RegionAccessible(const_cast<BodyMapAccessible*>(this),
                                            static_cast<int>(m_children.size()));
        m_children.append(QAccessible::registerAccessibleInterface(region));
    }
    return QAccessible::accessibleInterface(m_children[index]);
}

int BodyMapAccessible::indexOfChild(const QAccessibleInterface* child) const {
    for (int i = 0; i < m_children.size(); ++i) {
        if (QAccessible::accessibleInterface(m_children[i]) == child)
            return i;
    }
    return -1;
}

QAccessibleInterface* BodyMapAccessible::childAt(int x, int y) const {
    const QPointF local = map()->mapFromGlobal(QPoint(x, y));
    const QString code = map()->geometry().regionAt(map()->toArt(local));
    const auto& regions = map()->geometry().regions();
    for (int i = 0; i < regions.size(); ++i) {
        if (regions[i].code == code)
            return child(i);
    }
    return nullptr;
}

QAccessibleInterface* BodyMapAccessible::factory(const QString& className, QObject* object) {
    if (className == QLatin1String("painpace::BodyMapWidget") && object && object->isWidgetType())
        return new BodyMapAccessible(static_cast<BodyMapWidget*>(object));
    return nullptr;
}

} // namespace painpace
