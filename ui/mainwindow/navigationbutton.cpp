#include "navigationbutton.h"

#include <QEnterEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

#include "common/colourcontrast.h"

namespace painpace {

namespace {
constexpr int kIconSize = 22;
constexpr int kPadding = 8;  // around the icon and text
constexpr int kGap = 10;     // between icon and text
constexpr int kRadius = 6;   // the chosen place's rounded fill
constexpr int kFocusPen = 2; // the keyboard focus ring
} // namespace

NavigationButton::NavigationButton(const QString& text, const QString& iconName, QWidget* parent)
    : QAbstractButton(parent)
    , m_icon(iconName) {
    setText(text); // also makes the Alt letter the button's shortcut
    setCheckable(true);
    setAutoExclusive(true);
    setAccessibleName(plainText());
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
}

QString NavigationButton::plainText() const {
    QString plain = text();
    plain.remove(QLatin1Char('&'));
    return plain;
}

void NavigationButton::setCompact(bool compact) {
    if (m_compact == compact)
        return;
    m_compact = compact;
    setToolTip(compact ? plainText() : QString());
    updateGeometry();
    update();
}

QSize NavigationButton::sizeHint() const {
    const int height = kIconSize + 2 * kPadding;
    if (m_compact)
        return {height, height};
    const int textWidth = fontMetrics().horizontalAdvance(plainText());
    return {kPadding + kIconSize + kGap + textWidth + 2 * kPadding, height};
}

void NavigationButton::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& colours = palette();
    const QRectF area = QRectF(rect()).adjusted(2, 1, -2, -1);
    QColor ink = colours.color(QPalette::WindowText);
    if (isChecked()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colours.color(QPalette::Highlight));
        painter.drawRoundedRect(area, kRadius, kRadius);
        ink = colours.color(QPalette::HighlightedText);
    } else if (m_hovered || isDown()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colourcontrast::blended(colours.color(QPalette::Window),
                                                 colours.color(QPalette::Highlight), 0.15));
        painter.drawRoundedRect(area, kRadius, kRadius);
    }
    if (hasFocus()) {
        QColor ring = isChecked() ? colours.color(QPalette::HighlightedText)
                                  : colours.color(QPalette::Highlight);
        painter.setPen(QPen(ring, kFocusPen));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(area.adjusted(kFocusPen, kFocusPen, -kFocusPen, -kFocusPen),
                                kRadius - 1, kRadius - 1);
    }
    const int iconLeft = m_compact ? (width() - kIconSize) / 2 : kPadding + 2;
    const int iconTop = (height() - kIconSize) / 2;
    painter.drawPixmap(iconLeft, iconTop, m_icon.pixmap(kIconSize, ink, devicePixelRatioF()));
    if (m_compact)
        return;
    painter.setPen(ink);
    QFont font = painter.font();
    font.setBold(isChecked());
    painter.setFont(font);
    const QRect textArea(iconLeft + kIconSize + kGap, 0, width() - iconLeft - kIconSize - kGap,
                         height());
    // The mnemonic letter is underlined as in menus and labels.
    painter.drawText(textArea, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextShowMnemonic, text());
}

void NavigationButton::enterEvent(QEnterEvent* event) {
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void NavigationButton::leaveEvent(QEvent* event) {
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}

} // namespace painpace
