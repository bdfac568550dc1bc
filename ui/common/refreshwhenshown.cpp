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
    // A view that has not loaded yet waits for its first show whether or not its window is shown
    // yet, as loadWhenFirstShown has it wait: a refresh can write (a pacing plan's weeks that are
    // due are reviewed when its level is read), and a diary must not change because a view the
    // person never opened heard of a change.
    const bool hidden = !m_view->isVisible();
    if (hidden && (m_view->window()->isVisible() || m_stale)) {
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
