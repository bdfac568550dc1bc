#include "textslot.h"

#include <QEvent>
#include <QLabel>
#include <QResizeEvent>

#include <algorithm>

namespace painpace {

TextSlot::TextSlot(QLabel* label, QWidget* parent)
    : QWidget(parent)
    , m_label(label) {
    m_label->setParent(this);
    setSizePolicy(m_label->sizePolicy());
    m_label->show();
}

// The label's own minimum (a message line keeps room for two lines) counts as a layout would
// count it for the label itself.
QSize TextSlot::minimumSizeHint() const {
    return m_label->minimumSizeHint().expandedTo(m_label->minimumSize());
}

QSize TextSlot::sizeHint() const {
    return m_label->sizeHint().expandedTo(m_label->minimumSize());
}

bool TextSlot::hasHeightForWidth() const {
    return m_label->hasHeightForWidth();
}

int TextSlot::heightForWidth(int width) const {
    return std::max(m_label->heightForWidth(width), m_label->minimumHeight());
}

TextSlot::Asked TextSlot::askedNow() const {
    return {sizeHint(), minimumSizeHint(), width(),
            hasHeightForWidth() ? heightForWidth(width()) : -1};
}

void TextSlot::passOnIfChanged() {
    const Asked now = askedNow();
    if (now == m_passedOn)
        return;
    m_passedOn = now;
    m_keptBack = false;
    updateGeometry();
}

bool TextSlot::event(QEvent* event) {
    // Without a layout of its own, the slot is where the label's announcement of a new size goes.
    if (event->type() == QEvent::LayoutRequest) {
        m_keptBack = true;
        passOnIfChanged();
        return true;
    }
    return QWidget::event(event);
}

void TextSlot::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    m_label->setGeometry(rect());
    if (event->size().width() == event->oldSize().width())
        return;
    // The layout keeps the heights it asked for at other widths; one asked before a text that
    // was kept back would now be wrong, so a new width after one asks again, once.
    if (m_keptBack)
        updateGeometry();
    m_keptBack = false;
    m_passedOn = askedNow();
}

// A label's text may change while the view is hidden, when nothing is announced.
void TextSlot::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    passOnIfChanged();
}

} // namespace painpace
