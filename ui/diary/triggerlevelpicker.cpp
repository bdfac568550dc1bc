#include "triggerlevelpicker.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPainter>
#include <QToolButton>

#include <algorithm>

namespace painpace {

namespace {

// One level, painted from the palette at paint time so light and dark themes, and a switch
// between them, both read well. A rating is in the highlight colour and bold, so a glance down
// the list shows what was rated; the chosen "None" is only shaded.
class LevelButton : public QToolButton {
public:
    LevelButton(bool isRating, QWidget* parent)
        : QToolButton(parent)
        , m_isRating(isRating) {}

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QPalette& colours = palette();
        const bool rated = isChecked() && m_isRating;
        // The chosen "None": the button colour a fifth of the way to the text colour, a shade
        // that reads in light and dark alike.
        const QColor button = colours.color(QPalette::Button);
        const QColor ink = colours.color(QPalette::ButtonText);
        const QColor shaded = QColor::fromRgbF(button.redF() * 0.8f + ink.redF() * 0.2f,
                                               button.greenF() * 0.8f + ink.greenF() * 0.2f,
                                               button.blueF() * 0.8f + ink.blueF() * 0.2f);
        const QColor fill = rated         ? colours.color(QPalette::Highlight)
                            : isChecked() ? shaded
                                          : button;
        const QRectF box = QRectF(rect()).adjusted(1, 1, -1, -1);
        painter.setPen(
            QPen(hasFocus() ? colours.color(QPalette::Highlight) : colours.color(QPalette::Mid),
                 hasFocus() ? 2.0 : 1.0));
        painter.setBrush(fill);
        painter.drawRoundedRect(box, 3, 3);
        QFont label = font();
        label.setBold(rated);
        painter.setFont(label);
        painter.setPen(colours.color(rated ? QPalette::HighlightedText : QPalette::ButtonText));
        painter.drawText(rect(), Qt::AlignCenter, text());
    }

private:
    bool m_isRating;
};

} // namespace

TriggerLevelPicker::TriggerLevelPicker(const QString& triggerName, QWidget* parent)
    : QWidget(parent) {
    setMaximumWidth(360); // three short words: no wider in a one-column form
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    for (std::size_t i = 0; i < kTriggerLevelCodes.size(); ++i) {
        const auto& option = kTriggerLevelCodes[i];
        auto* button = new LevelButton(option.value != TriggerLevel::None, this);
        const QString label =
            QCoreApplication::translate("painpace::CheckInDetailsForm", option.label);
        button->setText(label);
        button->setCheckable(true);
        button->setAutoExclusive(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setAccessibleName(tr("%1: %2").arg(triggerName, label.toLower()));
        button->installEventFilter(this);
        layout->addWidget(button);
        m_buttons[i] = button;
        const TriggerLevel level = option.value;
        connect(button, &QToolButton::toggled, this, [this, level](bool on) {
            if (on)
                choose(level);
        });
    }
    m_buttons[0]->setChecked(true);
    updateFocusPath();
}

QAbstractButton* TriggerLevelPicker::button(TriggerLevel level) const {
    for (std::size_t i = 0; i < kTriggerLevelCodes.size(); ++i) {
        if (kTriggerLevelCodes[i].value == level)
            return m_buttons[i];
    }
    return nullptr;
}

void TriggerLevelPicker::setLevel(TriggerLevel level) {
    if (QAbstractButton* chosen = button(level))
        chosen->setChecked(true);
}

void TriggerLevelPicker::choose(TriggerLevel level) {
    if (level == m_level)
        return;
    m_level = level;
    updateFocusPath();
    emit levelChanged(level);
}

bool TriggerLevelPicker::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent*>(event)->key();
    const int step = key == Qt::Key_Left || key == Qt::Key_Up      ? -1
                     : key == Qt::Key_Right || key == Qt::Key_Down ? 1
                                                                   : 0;
    const auto at = std::find(m_buttons.begin(), m_buttons.end(), watched);
    if (step == 0 || at == m_buttons.end())
        return QWidget::eventFilter(watched, event);
    const auto index = (at - m_buttons.begin()) + step;
    if (index >= 0 && index < static_cast<int>(m_buttons.size())) {
        m_buttons[index]->setChecked(true);
        m_buttons[index]->setFocus(Qt::OtherFocusReason);
    }
    return true; // at either end the choice stays, and the page does not scroll
}

// Like a group of radio buttons: Tab reaches the chosen button only, and a click on another
// gives it the focus.
void TriggerLevelPicker::updateFocusPath() {
    for (QAbstractButton* each : m_buttons) {
        const bool chosen = each == button(m_level);
        each->setFocusPolicy(chosen ? Qt::StrongFocus : Qt::ClickFocus);
        // Said for tests and assistive tools; the painting reads the check state itself.
        each->setProperty("rated", chosen && m_level != TriggerLevel::None);
    }
}

} // namespace painpace
