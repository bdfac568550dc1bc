#include "wrappinglabel.h"

#include <QEvent>

namespace painpace {

WrappingLabel::WrappingLabel(QWidget* parent)
    : WrappingLabel(QString(), parent) {}

WrappingLabel::WrappingLabel(const QString& text, QWidget* parent)
    : QLabel(text, parent) {
    setWordWrap(true);
}

int WrappingLabel::heightForWidth(int width) const {
    // QLabel::setText is not virtual, so a changed text is noticed here.
    if (text() != m_textOfHeights) {
        m_textOfHeights = text();
        for (Remembered& remembered : m_heights)
            remembered = Remembered{};
    }
    for (const Remembered& remembered : m_heights) {
        if (remembered.width == width)
            return remembered.height;
    }
    const int height = QLabel::heightForWidth(width);
    m_heights[m_next] = Remembered{width, height};
    m_next = (m_next + 1) % kRemembered;
    return height;
}

void WrappingLabel::changeEvent(QEvent* event) {
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
        m_textOfHeights = QString();
        for (Remembered& remembered : m_heights)
            remembered = Remembered{};
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace painpace
