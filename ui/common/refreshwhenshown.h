#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace painpace {

// Runs a view's refresh when the diary changed, but only where someone can see it: at once while
// the view is on screen, and for a view hidden behind another page of a shown window, once, the
// next time it is shown. Eight views reloading on every save, hidden ones too, made one quick
// check-in take 200 ms on a 10-year diary. A view whose window is not shown at all (built for a
// test or a benchmark) refreshes at once, as before.
class RefreshWhenShown : public QObject {
public:
    RefreshWhenShown(QWidget* view, std::function<void()> refresh);

    // The view's first load. A view built inside a window waits until it is first shown: the
    // page in front loads while the window is shown, before its first paint, and a page behind
    // it when the person turns to it, so a start reads only what the first page shows
    // (docs/architecture.md, "Start-up"). A view built on its own (a test, a benchmark) loads at
    // once.
    void loadWhenFirstShown();
    // The data behind the view changed.
    void request();
    // One record changed, and `updateOne` can bring the view up to date for it: it runs at
    // once while the view is on screen and up to date otherwise; a hidden view only marks itself
    // stale, and a stale one refreshes whole.
    void update(const std::function<void()>& updateOne);
    bool isStale() const { return m_stale; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_view;
    std::function<void()> m_refresh;
    bool m_stale = false;
};

} // namespace painpace
