#include "draftkeeper.h"

#include <QApplication>
#include <QTimer>
#include <QWidget>

namespace painpace {

DraftKeeper::DraftKeeper(QWidget* editor, std::function<void()> store)
    : m_editor(editor)
    , m_store(std::move(store))
    , m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDelayMs);
    connect(m_timer, &QTimer::timeout, this, [this] { m_store(); });
    m_focusWatch = connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget*) {
        if (old && m_editor->isAncestorOf(old))
            flush();
    });
}

DraftKeeper::~DraftKeeper() {
    disconnect(m_focusWatch);
}

void DraftKeeper::changed() {
    if (!m_timer->isActive())
        m_timer->start();
}

void DraftKeeper::flush() {
    if (!m_timer->isActive())
        return;
    m_timer->stop();
    m_store();
}

void DraftKeeper::cancel() {
    m_timer->stop();
}

bool DraftKeeper::isWaiting() const {
    return m_timer->isActive();
}

} // namespace painpace
