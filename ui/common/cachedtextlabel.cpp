#include "cachedtextlabel.h"

#include <QEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>
#include <QTextDocument>
#include <QTextOption>

#include <cmath>

namespace painpace {

namespace {

// The widths a wrapped label asks for without measuring its text (in average characters): wide
// enough for a short sentence on one line, narrow enough never to push a window wider.
constexpr int kPreferredChars = 40;
constexpr int kMinimumChars = 8;

} // namespace

CachedTextLabel::CachedTextLabel(QWidget* parent)
    : CachedTextLabel(QString(), parent) {}

CachedTextLabel::CachedTextLabel(const QString& text, QWidget* parent)
    : QLabel(text, parent) {
    setWordWrap(true);
}

bool CachedTextLabel::drawsItself() const {
    const bool plain = textFormat() == Qt::PlainText ||
                       (textFormat() == Qt::AutoText && !Qt::mightBeRichText(text()));
    const bool selectable =
        textInteractionFlags() & (Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return plain && !selectable && indent() <= 0 && pixmap().isNull();
}

void CachedTextLabel::forget() const {
    m_textOfHeights = text();
    for (Remembered& remembered : m_heights)
        remembered = Remembered{};
    m_laidOutWidth = -1;
}

void CachedTextLabel::forgetIfTextChanged() const {
    // QLabel::setText and setAlignment are not virtual, so a change is noticed here.
    if (text() != m_textOfHeights || alignment() != m_laidOutAlignment) {
        forget();
        m_laidOutAlignment = alignment();
    }
}

int CachedTextLabel::horizontalMargins() const {
    const QMargins margins = contentsMargins();
    return margins.left() + margins.right() + 2 * margin();
}

int CachedTextLabel::verticalMargins() const {
    const QMargins margins = contentsMargins();
    return margins.top() + margins.bottom() + 2 * margin();
}

CachedTextLabel::Measure CachedTextLabel::layOut(QTextLayout& layout, int contentsWidth) const {
    QString text = this->text();
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    layout.setText(text);
    layout.setFont(font());
    QTextOption option(alignment());
    option.setWrapMode(wordWrap() ? QTextOption::WordWrap : QTextOption::NoWrap);
    option.setTextDirection(layoutDirection());
    layout.setTextOption(option);
    // Lines are stacked as QLabel stacks them (the leading above each line, whole pixels), so
    // the heights are the ones a QLabel would have.
    const qreal leading = QFontMetricsF(font()).leading();
    qreal height = 0;
    qreal natural = 0;
    int lines = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(contentsWidth);
        height = std::ceil(height + leading);
        line.setPosition(QPointF(0, height));
        height += line.height();
        natural = std::max(natural, line.naturalTextWidth());
        ++lines;
    }
    layout.endLayout();
    const bool wrapped = lines > text.count(QChar::LineSeparator) + 1;
    return {static_cast<int>(std::ceil(height)), static_cast<int>(std::ceil(natural)), wrapped};
}

// Text that did not wrap at the width it was laid out at has the same lines at any width that
// still holds its widest line: a second layout would only repeat the first.
bool CachedTextLabel::fitsUnwrapped(int contentsWidth) const {
    return m_laidOutWidth >= 0 && !m_laidOut.wrapped && contentsWidth >= m_laidOut.naturalWidth;
}

int CachedTextLabel::layOutAt(int contentsWidth) const {
    forgetIfTextChanged();
    if (contentsWidth == m_laidOutWidth)
        return m_laidOut.height;
    // Left-aligned lines also sit where they were; other alignments place them by the width.
    const bool leftAligned =
        QStyle::visualAlignment(layoutDirection(), alignment()) & Qt::AlignLeft;
    if (!(leftAligned && fitsUnwrapped(contentsWidth))) {
        m_layout.setCacheEnabled(true); // the paint draws the glyphs shaped here
        m_laidOut = layOut(m_layout, contentsWidth);
    }
    m_laidOutWidth = contentsWidth;
    return m_laidOut.height;
}

int CachedTextLabel::textHeightAt(int contentsWidth) const {
    forgetIfTextChanged();
    // The lines kept for the paint are those at the label's width, or the first asked for while
    // there are none; the layout asks about other widths too, which are only measured.
    if (contentsWidth == std::max(0, width() - horizontalMargins()) || m_laidOutWidth < 0)
        return layOutAt(contentsWidth);
    if (fitsUnwrapped(contentsWidth))
        return m_laidOut.height;
    QTextLayout measuring;
    return layOut(measuring, contentsWidth).height;
}

int CachedTextLabel::rememberedHeight(int width) const {
    forgetIfTextChanged();
    for (const Remembered& remembered : m_heights) {
        if (remembered.width == width)
            return remembered.height;
    }
    return -1;
}

void CachedTextLabel::remember(int width, int height) const {
    m_heights[m_next] = Remembered{width, height};
    m_next = (m_next + 1) % kRemembered;
}

int CachedTextLabel::heightForWidth(int width) const {
    if (const int known = rememberedHeight(width); known >= 0)
        return known;
    const int height =
        drawsItself() ? textHeightAt(std::max(0, width - horizontalMargins())) + verticalMargins()
                      : QLabel::heightForWidth(width);
    remember(width, height);
    return height;
}

QSize CachedTextLabel::sizeHint() const {
    if (!drawsItself())
        return QLabel::sizeHint();
    if (!wordWrap()) {
        const int height = layOutAt(std::max(0, width() - horizontalMargins())) + verticalMargins();
        return {m_laidOut.naturalWidth + horizontalMargins(), height};
    }
    // The layout gives a wrapped label its height for the width it gets, so the hint only needs
    // a sensible width; its height is the one at the current width, laid out for the paint too.
    const int width =
        isVisible() && this->width() > 0
            ? this->width()
            : kPreferredChars * fontMetrics().averageCharWidth() + horizontalMargins();
    return {width, heightForWidth(width)};
}

QSize CachedTextLabel::minimumSizeHint() const {
    if (!drawsItself())
        return QLabel::minimumSizeHint();
    if (!wordWrap())
        return sizeHint();
    return {kMinimumChars * fontMetrics().averageCharWidth() + horizontalMargins(),
            fontMetrics().lineSpacing() + verticalMargins()};
}

void CachedTextLabel::paintEvent(QPaintEvent* event) {
    if (!drawsItself()) {
        QLabel::paintEvent(event);
        return;
    }
    QPainter painter(this);
    drawFrame(&painter);
    const QRect area = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    const int textHeight = layOutAt(area.width());
    int top = area.top();
    if (alignment() & Qt::AlignBottom)
        top = area.bottom() + 1 - textHeight;
    else if (alignment() & Qt::AlignVCenter)
        top = area.top() + (area.height() - textHeight) / 2;
    QStyleOption option;
    option.initFrom(this); // the palette of the widget's state: disabled text is drawn greyed
    painter.setPen(option.palette.color(foregroundRole()));
    m_layout.draw(&painter, QPointF(area.left(), top));
}

void CachedTextLabel::changeEvent(QEvent* event) {
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange:
        forget();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace painpace
