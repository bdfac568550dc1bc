#include "paincalendar.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QPainter>
#include <QTableView>
#include <QTextCharFormat>

#include "common/intensitycolors.h"

namespace painpace {

PainCalendar::PainCalendar(QWidget* parent)
    : QCalendarWidget(parent) {
    setGridVisible(true);
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setMinimumSize(540, 420);
    // The weekday names take one line: the grid gave their row the height of a week.
    if (auto* grid = findChild<QTableView*>(QStringLiteral("qt_calendar_calendarview"))) {
        QHeaderView* rows = grid->verticalHeader();
        rows->setMinimumSectionSize(fontMetrics().height() + 8);
        rows->setSectionResizeMode(QHeaderView::Stretch);
        rows->setSectionResizeMode(0, QHeaderView::Fixed);
        rows->resizeSection(0, fontMetrics().height() + 8);
    }
    followPalette();
}

// Weekends in the ordinary ink: red on a pain calendar reads as "severe" (docs/design.md,
// "Colour").
void PainCalendar::followPalette() {
    QTextCharFormat weekday;
    weekday.setForeground(palette().color(QPalette::Text));
    for (const auto day : {Qt::Saturday, Qt::Sunday})
        setWeekdayTextFormat(day, weekday);
}

void PainCalendar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange)
        followPalette();
    QCalendarWidget::changeEvent(event);
}

QString PainCalendar::painText(double meanPain) {
    return QLocale().toString(meanPain, 'f', 1);
}

void PainCalendar::setSummaries(const QList<DailySummary>& summaries) {
    m_summaries.clear();
    for (const DailySummary& day : summaries)
        m_summaries.insert(day.day, day);
    updateCells();
}

QString PainCalendar::cellText(const QDate& day) const {
    const auto found = m_summaries.constFind(day);
    if (found == m_summaries.constEnd())
        return {};
    const DailySummary& summary = *found;
    // Always one decimal, so a day's number never changes its look with the number of check-ins.
    QStringList parts{painText(summary.meanPain)};
    if (summary.flare)
        parts << tr("F");
    if (summary.spasmCount > 0)
        parts << tr("S%1").arg(summary.spasmCount);
    if (summary.hasNote)
        parts << QStringLiteral("✎");
    return parts.join(QLatin1Char(' '));
}

// A day with warning signs carries a framed ⚠ in its corner, never only a letter: filled for
// emergency care, outlined for a doctor soon (the legend under the calendar says which). Drawn in
// the ink that reads on the day's own colour, so it stands out in light and dark alike.
void PainCalendar::paintCareMark(QPainter* painter, const QRect& inner, CareUrgency care,
                                 const QColor& ink, const QColor& ground) const {
    const int side = std::min(inner.height() / 2, painter->fontMetrics().height() + 6);
    const QRect badge(inner.right() - side + 1, inner.top(), side, side);
    const bool filled = care == CareUrgency::Emergency;
    painter->setPen(QPen(ink, 2));
    painter->setBrush(filled ? QBrush(ink) : Qt::NoBrush);
    painter->drawRoundedRect(badge.adjusted(1, 1, -1, -1), 3, 3);
    painter->setPen(filled ? ground : ink);
    painter->drawText(badge, Qt::AlignCenter, QStringLiteral("⚠"));
}

void PainCalendar::paintCell(QPainter* painter, const QRect& rect, QDate date) const {
    const bool inMonth = date.month() == monthShown();
    const bool selected = date == selectedDate();
    const QPalette& colours = palette();
    painter->save();
    painter->fillRect(rect, colours.color(QPalette::Base));
    const auto found = m_summaries.constFind(date);
    QColor ink = colours.color(inMonth ? QPalette::Text : QPalette::PlaceholderText);
    if (found != m_summaries.constEnd() && inMonth) {
        const QColor tint = intensityColor(found->meanPain);
        painter->fillRect(rect.adjusted(1, 1, -1, -1), tint);
        ink = readableTextOn(tint);
    }
    if (selected) {
        painter->setPen(QPen(colours.color(QPalette::Highlight), 3));
        painter->drawRect(rect.adjusted(2, 2, -2, -2));
    }
    painter->setPen(ink);
    const QRect inner = rect.adjusted(4, 2, -4, -2);
    painter->drawText(inner, Qt::AlignLeft | Qt::AlignTop, QString::number(date.day()));
    if (inMonth && found != m_summaries.constEnd()) {
        QFont bold = painter->font();
        bold.setBold(true);
        painter->setFont(bold);
        painter->drawText(inner, Qt::AlignHCenter | Qt::AlignBottom, cellText(date));
        if (found->care != CareUrgency::None)
            paintCareMark(painter, inner, found->care, ink, intensityColor(found->meanPain));
    }
    painter->restore();
}

} // namespace painpace
