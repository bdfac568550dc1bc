#include "painscalebuttons.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPainter>
#include <QPushButton>

namespace painpace {

namespace {

// A scale button whose picked state stands out in any style and palette: it is painted in the
// palette's highlight colours at paint time, so a theme switch recolours it too.
class ScoreButton : public QPushButton {
public:
    ScoreButton(int score, QWidget* parent)
        : QPushButton(QString::number(score), parent) {}

protected:
    void paintEvent(QPaintEvent* event) override {
        if (!isChecked()) {
            QPushButton::paintEvent(event);
            return;
        }
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
        painter.setPen(QPen(palette().color(QPalette::WindowText), hasFocus() ? 2.5 : 1.0));
        painter.setBrush(palette().color(QPalette::Highlight));
        painter.drawRoundedRect(box, 4, 4);
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::HighlightedText));
        painter.drawText(rect(), Qt::AlignCenter, text());
    }
};

} // namespace

QString painBandName(int score) {
    if (score <= 0)
        return PainScaleButtons::tr("no pain");
    if (score <= 4)
        return PainScaleButtons::tr("mild");
    if (score <= 6)
        return PainScaleButtons::tr("moderate");
    return PainScaleButtons::tr("severe");
}

PainScaleButtons::PainScaleButtons(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_group.setExclusive(true);
    for (int score = 0; score <= 10; ++score) {
        auto* button = new ScoreButton(score, this);
        button->setCheckable(true);
        button->setMinimumSize(48, 48);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        QFont font = button->font();
        font.setPointSizeF(font.pointSizeF() * 1.5);
        button->setFont(font);
        button->setAccessibleName(tr("Pain %1 of 10, %2").arg(score).arg(painBandName(score)));
        button->setToolTip(button->accessibleName());
        m_group.addButton(button, score);
        layout->addWidget(button);
    }
    setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_group.button(0));
    connect(&m_group, &QButtonGroup::idClicked, this, &PainScaleButtons::valueChanged);
}

std::optional<int> PainScaleButtons::value() const {
    const int id = m_group.checkedId();
    return id >= 0 ? std::optional<int>(id) : std::nullopt;
}

void PainScaleButtons::setValue(std::optional<int> value) {
    if (!value) {
        m_group.setExclusive(false);
        if (auto* checked = m_group.checkedButton())
            checked->setChecked(false);
        m_group.setExclusive(true);
        return;
    }
    m_group.button(*value)->setChecked(true);
}

void PainScaleButtons::setCompact(bool compact) {
    for (QAbstractButton* button : m_group.buttons()) {
        button->setMinimumSize(compact ? QSize(30, 34) : QSize(48, 48));
        QFont font = this->font();
        if (!compact)
            font.setPointSizeF(font.pointSizeF() * 1.5);
        button->setFont(font);
    }
    if (auto* box = qobject_cast<QBoxLayout*>(layout()))
        box->setSpacing(compact ? 3 : 6);
}

QAbstractButton* PainScaleButtons::button(int score) const {
    return m_group.button(score);
}

void PainScaleButtons::keyPressEvent(QKeyEvent* event) {
    int score = -1;
    if (event->key() >= Qt::Key_0 && event->key() <= Qt::Key_9)
        score = event->key() - Qt::Key_0;
    else if (event->key() == Qt::Key_T || event->key() == Qt::Key_Plus)
        score = 10;
    else if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right) {
        const int step = event->key() == Qt::Key_Left ? -1 : 1;
        score = std::clamp(value().value_or(step > 0 ? -1 : 11) + step, 0, 10);
    }
    if (score < 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    m_group.button(score)->setChecked(true);
    m_group.button(score)->setFocus();
    emit valueChanged(score);
}

} // namespace painpace
