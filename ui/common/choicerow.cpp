#include "choicerow.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPainter>
#include <QToolButton>

#include "colourcontrast.h"

namespace painpace {

namespace {

// One choice, painted from the palette at paint time so light and dark themes, and a switch
// between them, both read well.
class ChoiceButton : public QToolButton {
public:
    ChoiceButton(bool isAnswer, QWidget* parent)
        : QToolButton(parent)
        , m_isAnswer(isAnswer) {}

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QPalette& colours = palette();
        const bool answered = isChecked() && m_isAnswer;
        // The chosen "nothing to say": the button colour a fifth of the way to the text colour,
        // a shade that reads in light and dark alike.
        const QColor button = colours.color(QPalette::Button);
        const QColor ink = colours.color(QPalette::ButtonText);
        const QColor shaded = colourcontrast::blended(button, ink, 0.2);
        const QColor fill = answered      ? colours.color(QPalette::Highlight)
                            : isChecked() ? shaded
                                          : button;
        const QRectF box = QRectF(rect()).adjusted(1, 1, -1, -1);
        painter.setPen(
            QPen(hasFocus() ? colours.color(QPalette::Highlight) : colours.color(QPalette::Mid),
                 hasFocus() ? 2.0 : 1.0));
        painter.setBrush(fill);
        painter.drawRoundedRect(box, 3, 3);
        QFont label = font();
        label.setBold(answered);
        painter.setFont(label);
        painter.setPen(colours.color(answered ? QPalette::HighlightedText : QPalette::ButtonText));
        painter.drawText(rect(), Qt::AlignCenter, text());
    }

private:
    bool m_isAnswer;
};

} // namespace

ChoiceRow::ChoiceRow(const QStringList& labels, const QStringList& spokenNames, QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    for (int i = 0; i < labels.size(); ++i) {
        auto* button = new ChoiceButton(i > 0, this);
        button->setText(labels[i]);
        button->setCheckable(true);
        button->setAutoExclusive(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setAccessibleName(spokenNames.value(i, labels[i]));
        button->installEventFilter(this);
        layout->addWidget(button);
        m_buttons.append(button);
        connect(button, &QToolButton::toggled, this, [this, i](bool on) {
            if (on && i != m_chosen) {
                m_chosen = i;
                updateFocusPath();
                emit chosenChanged(i);
            }
        });
    }
    if (!m_buttons.isEmpty())
        m_buttons.first()->setChecked(true);
    updateFocusPath();
}

void ChoiceRow::choose(int index) {
    if (QAbstractButton* chosen = button(index))
        chosen->setChecked(true);
}

int ChoiceRow::indexForKey(int) const {
    return -1;
}

bool ChoiceRow::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress || !m_buttons.contains(watched))
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent*>(event)->key();
    const int step = key == Qt::Key_Left || key == Qt::Key_Up      ? -1
                     : key == Qt::Key_Right || key == Qt::Key_Down ? 1
                                                                   : 0;
    const int index = step != 0 ? m_chosen + step : indexForKey(key);
    if (step == 0 && index < 0)
        return QWidget::eventFilter(watched, event);
    if (index >= 0 && index < m_buttons.size()) {
        choose(index);
        m_buttons[index]->setFocus(Qt::OtherFocusReason);
    }
    return true; // at either end the choice stays, and the page does not scroll
}

// Tab reaches the chosen button only, and a click on another gives it the focus. The row's own
// focus goes to the chosen button too, so a label's Alt letter lands on it.
void ChoiceRow::updateFocusPath() {
    for (int i = 0; i < m_buttons.size(); ++i) {
        const bool chosen = i == m_chosen;
        m_buttons[i]->setFocusPolicy(chosen ? Qt::StrongFocus : Qt::ClickFocus);
        // Said for tests and assistive tools; the painting reads the check state itself.
        m_buttons[i]->setProperty("answered", chosen && i > 0);
    }
    if (QAbstractButton* chosen = button(m_chosen))
        setFocusProxy(chosen);
}

} // namespace painpace
