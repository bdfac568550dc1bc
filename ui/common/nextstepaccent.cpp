#include "nextstepaccent.h"

#include <QApplication>
#include <QEvent>
#include <QPushButton>

namespace painpace {

void NextStepAccent::mark(QPushButton* button) {
    new NextStepAccent(button);
}

NextStepAccent::NextStepAccent(QPushButton* button)
    : QObject(button)
    , m_button(button) {
    button->installEventFilter(this);
    apply();
}

// The application's palette, not the button's: the button's own accent roles would otherwise
// keep the colours of the theme before.
void NextStepAccent::apply() {
    const QPalette theme = QApplication::palette(m_button);
    QPalette accent = m_button->palette();
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        accent.setColor(group, QPalette::Button, theme.color(group, QPalette::Highlight));
        accent.setColor(group, QPalette::ButtonText, theme.color(group, QPalette::HighlightedText));
    }
    for (const auto role : {QPalette::Button, QPalette::ButtonText})
        accent.setColor(QPalette::Disabled, role, theme.color(QPalette::Disabled, role));
    m_applying = true;
    m_button->setPalette(accent);
    m_applying = false;
}

bool NextStepAccent::eventFilter(QObject* watched, QEvent* event) {
    // A new theme reaches the button as a palette change passed down from its window; the
    // change made here is one too, and is not followed.
    if (watched == m_button && event->type() == QEvent::PaletteChange && !m_applying)
        apply();
    return QObject::eventFilter(watched, event);
}

} // namespace painpace
