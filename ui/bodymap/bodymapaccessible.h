#pragma once

#include <QAccessibleWidget>
#include <QList>

namespace painpace {

class BodyMapWidget;

// Screen readers see the body map as a group of regions, each announced by its name (and its
// mark, if it has one), with a "press" action that marks it, as Enter does from the keyboard.
class BodyMapAccessible : public QAccessibleWidget {
public:
    explicit BodyMapAccessible(BodyMapWidget* map);
    ~BodyMapAccessible() override;

    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* childAt(int x, int y) const override;

    BodyMapWidget* map() const;

    // The factory Qt asks for interfaces; installed once by BodyMapWidget.
    static QAccessibleInterface* factory(const QString& className, QObject* object);

private:
    void clearChildren() const;

    mutable QList<QAccessible::Id> m_children;
    mutable int m_childrenView = -1;
};

} // namespace painpace
