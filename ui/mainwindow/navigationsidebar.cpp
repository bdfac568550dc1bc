#include "navigationsidebar.h"

#include <QKeyEvent>
#include <QVBoxLayout>

#include "navigationbutton.h"

namespace painpace {

namespace {
constexpr int kMargin = 4;
constexpr int kSpacing = 2;
} // namespace

NavigationSidebar::NavigationSidebar(QWidget* parent)
    : QWidget(parent) {
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(kMargin, kMargin, kMargin, kMargin);
    column->setSpacing(kSpacing);
    column->addStretch(1);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    setAccessibleName(tr("Views"));
}

void NavigationSidebar::addPage(const QString& text, const QString& iconName) {
    auto* button = new NavigationButton(text, iconName, this);
    button->setCompact(m_compact);
    button->installEventFilter(this);
    const int index = count();
    m_buttons.append(button);
    auto* column = static_cast<QVBoxLayout*>(layout());
    column->insertWidget(index, button); // above the stretch
    connect(button, &QAbstractButton::clicked, this, [this, index] {
        updateFocusPath();
        emit pageChosen(index);
    });
    if (index == 0)
        button->setChecked(true);
    updateFocusPath();
}

int NavigationSidebar::currentIndex() const {
    for (int index = 0; index < count(); ++index) {
        if (m_buttons[index]->isChecked())
            return index;
    }
    return -1;
}

void NavigationSidebar::setCurrentIndex(int index) {
    if (NavigationButton* button = m_buttons.value(index)) {
        button->setChecked(true);
        updateFocusPath();
    }
}

void NavigationSidebar::setCompact(bool compact) {
    if (m_compact == compact)
        return;
    m_compact = compact;
    for (NavigationButton* button : m_buttons)
        button->setCompact(compact);
    updateGeometry();
}

// The chosen place alone is on the Tab path: Tab goes on to the view, not through eight places.
void NavigationSidebar::updateFocusPath() {
    const int chosen = currentIndex();
    for (int index = 0; index < count(); ++index)
        m_buttons[index]->setFocusPolicy(index == chosen ? Qt::StrongFocus : Qt::ClickFocus);
}

bool NavigationSidebar::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent*>(event)->key();
    const int from = static_cast<int>(m_buttons.indexOf(static_cast<NavigationButton*>(watched)));
    int to = -1;
    if (key == Qt::Key_Up)
        to = from - 1;
    else if (key == Qt::Key_Down)
        to = from + 1;
    else if (key == Qt::Key_Home)
        to = 0;
    else if (key == Qt::Key_End)
        to = count() - 1;
    if (from < 0 || to < 0 || to >= count())
        return QWidget::eventFilter(watched, event);
    m_buttons[to]->setFocus(Qt::TabFocusReason);
    m_buttons[to]->click();
    return true;
}

} // namespace painpace
