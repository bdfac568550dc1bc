#include "wheelguard.h"

#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QScrollBar>
#include <QWheelEvent>

namespace painpace {

namespace {

// A field whose value the wheel would step. A scroll bar is a slider too, but scrolling is
// what it is for.
QWidget* valueField(QObject* object) {
    if (qobject_cast<QScrollBar*>(object))
        return nullptr;
    if (qobject_cast<QAbstractSpinBox*>(object) || qobject_cast<QComboBox*>(object) ||
        qobject_cast<QAbstractSlider*>(object))
        return static_cast<QWidget*>(object);
    return nullptr;
}

QAbstractScrollArea* scrollAreaAround(QWidget* widget) {
    for (QWidget* each = widget->parentWidget(); each; each = each->parentWidget()) {
        if (auto* area = qobject_cast<QAbstractScrollArea*>(each))
            return area;
    }
    return nullptr;
}

void scrollAround(QWidget* field, const QWheelEvent& wheel) {
    QAbstractScrollArea* area = scrollAreaAround(field);
    if (!area)
        return;
    QWidget* viewport = area->viewport();
    QWheelEvent forwarded(viewport->mapFromGlobal(wheel.globalPosition()), wheel.globalPosition(),
                          wheel.pixelDelta(), wheel.angleDelta(), wheel.buttons(),
                          wheel.modifiers(), wheel.phase(), wheel.inverted(), wheel.source());
    QCoreApplication::sendEvent(viewport, &forwarded);
}

} // namespace

void WheelGuard::protectApplication() {
    static WheelGuard* guard = [] {
        auto* installed = new WheelGuard(qApp);
        qApp->installEventFilter(installed);
        return installed;
    }();
    Q_UNUSED(guard);
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Polish) {
        // The wheel must not give a field focus (and then change it with the next turn).
        if (QWidget* field = valueField(watched); field && field->focusPolicy() == Qt::WheelFocus)
            field->setFocusPolicy(Qt::StrongFocus);
    } else if (event->type() == QEvent::Wheel) {
        if (QWidget* field = valueField(watched); field && !field->hasFocus()) {
            scrollAround(field, *static_cast<QWheelEvent*>(event));
            return true; // the value stays as it is
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace painpace
