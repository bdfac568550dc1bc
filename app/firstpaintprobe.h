#pragma once

#include <QObject>

class QWidget;

namespace painpace {

// For the start-up benchmark (tests/bench/startbench.cpp): once `window` has been painted whole
// for the first time, says "first paint" on standard output and quits the application. The
// window paints itself and every visible child in one pass, so the moment after its first paint
// event is handled, everything the person sees first is on the screen.
class FirstPaintProbe : public QObject {
public:
    explicit FirstPaintProbe(QWidget& window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget& m_window;
};

} // namespace painpace
