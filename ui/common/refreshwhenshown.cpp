#include "refreshwhenshown.h"

#include <QEvent>
#include <QWidget>

namespace painpace {

RefreshWhenShown::RefreshWhenShown(QWidget* view, std::function<void()> refresh)
    : QObject(view)
    , m_view(view)
    , m_refresh(std::move(refresh)) {
    view->installEventFilter(this);
}

void RefreshWhenShown::loadWhenFirstShown() {
    if (m_view->parentWidget() && !m_view->isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_refresh();
}

void RefreshWhenShown::request() {
    const bool hiddenInAShownWindow = !m_view->isVisible() && m_view->window()->isVisible();
    if (hiddenInAShownWindow) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_refresh();
}

void RefreshWhenShown::update(const std::function<void()>& updateOne) {
    if (m_stale || (!m_view->isVisible() && m_view->window()->isVisible())) {
        request();
        return;
    }
    updateOne();
}

bool RefreshWhenShown::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_refresh();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace painpace
