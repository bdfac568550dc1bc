#include "firstpaintprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace painpace {

FirstPaintProbe::FirstPaintProbe(QWidget& window)
    : QObject(&window)
    , m_window(window) {
    m_window.installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event) {
    if (watched == &m_window && event->type() == QEvent::Paint) {
        m_window.removeEventFilter(this);
        // Queued, so it runs after this paint pass (the children and the flush to the screen).
        QTimer::singleShot(0, this, [] {
            std::fputs("first paint\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return false;
}

} // namespace painpace
