#include "heatstripview.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include "common/intensitycolors.h"

namespace painpace {

namespace {
constexpr double kMargin = 12.0;
constexpr double kLegendHeight = 34.0;
constexpr double kMaxRowHeight = 30.0;
} // namespace

HeatStripView::HeatStripView(QWidget* parent)
    : QWidget(parent) {
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void HeatStripView::setModel(const HeatStripModel& model) {
    m_model = model;
    setAccessibleName(model.title);
    update();
}

double HeatStripView::share(int row, int column) const {
    const int days = m_model.daysInColumn.value(column);
    return days > 0 ? static_cast<double>(m_model.dayCounts[row][column]) / days : 0.0;
}

HeatStripView::Layout HeatStripView::layout() const {
    Layout geometry;
    const QFontMetricsF metrics(font());
    for (const QString& name : m_model.rowNames)
        geometry.labelWidth = std::max(geometry.labelWidth, metrics.horizontalAdvance(name) + 10);
    geometry.labelWidth = std::min(geometry.labelWidth, width() * 0.4);
    const double top = kMargin + metrics.height() * 1.8;
    const double bottom = height() - kMargin - kLegendHeight - metrics.height() * 1.4;
    const auto rows = std::max<qsizetype>(m_model.rowNames.size(), 1);
    const auto columns = std::max<qsizetype>(m_model.columnStarts.size(), 1);
    geometry.rowHeight = std::min(kMaxRowHeight, std::max(4.0, (bottom - top) / rows));
    const double left = kMargin + geometry.labelWidth;
    geometry.columnWidth = (width() - kMargin - left) / columns;
    geometry.grid = QRectF(left, top, geometry.columnWidth * columns, geometry.rowHeight * rows);
    return geometry;
}

std::optional<std::pair<int, int>> HeatStripView::cellAt(const QPoint& position) const {
    if (!m_model.emptyMessage.isEmpty() || m_model.rowNames.isEmpty())
        return std::nullopt;
    const Layout geometry = layout();
    if (!geometry.grid.contains(position))
        return std::nullopt;
    const int row = static_cast<int>((position.y() - geometry.grid.top()) / geometry.rowHeight);
    const int column =
        static_cast<int>((position.x() - geometry.grid.left()) / geometry.columnWidth);
    if (row >= m_model.rowNames.size() || column >= m_model.columnStarts.size())
        return std::nullopt;
    return std::pair{row, column};
}

QString HeatStripView::cellDescription(int row, int column) const {
    const QLocale locale;
    const QDate start = m_model.columnStarts[column];
    const QString period = m_model.monthly
                               ? locale.toString(start, QStringLiteral("MMMM yyyy"))
                               : tr("week of %1").arg(locale.toString(start, QLocale::ShortFormat));
    return tr("%1, %2: %3 of %4 days")
        .arg(m_model.rowNames[row], period)
        .arg(m_model.dayCounts[row][column])
        .arg(m_model.daysInColumn[column]);
}

bool HeatStripView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const auto cell = cellAt(help->pos()))
            QToolTip::showText(help->globalPos(), cellDescription(cell->first, cell->second), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void HeatStripView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    painter.setPen(palette().color(QPalette::Text));
    if (!m_model.emptyMessage.isEmpty()) {
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                         m_model.emptyMessage);
        return;
    }
    const Layout geometry = layout();
    QFont titleFont = font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.drawText(QRectF(kMargin, kMargin, width() - 2 * kMargin, geometry.grid.top() - kMargin),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_model.title);
    painter.setFont(font());
    const QFontMetricsF metrics(font());
    QColor gridLine = palette().color(QPalette::Text);
    gridLine.setAlphaF(0.12);
    for (int row = 0; row < m_model.rowNames.size(); ++row) {
        const double y = geometry.grid.top() + row * geometry.rowHeight;
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(
            QRectF(kMargin, y, geometry.labelWidth - 8, geometry.rowHeight),
            Qt::AlignRight | Qt::AlignVCenter,
            metrics.elidedText(m_model.rowNames[row], Qt::ElideRight, geometry.labelWidth - 10));
        for (int column = 0; column < m_model.columnStarts.size(); ++column) {
            const QRectF cell(geometry.grid.left() + column * geometry.columnWidth, y,
                              geometry.columnWidth, geometry.rowHeight);
            const double value = share(row, column);
            const QColor fill = value > 0.0 ? intensityColor(value * 10.0) : gridLine;
            painter.fillRect(cell.adjusted(0, 0.5, 0, -0.5), fill);
            const QString count = QString::number(m_model.dayCounts[row][column]);
            if (value > 0.0 && geometry.columnWidth >= metrics.horizontalAdvance(count) + 6 &&
                geometry.rowHeight >= metrics.height()) {
                painter.setPen(readableTextOn(fill));
                painter.drawText(cell, Qt::AlignCenter, count);
            }
        }
    }
    paintColumnLabels(painter, geometry);
    // The legend sits under the month labels, wherever the grid ends.
    const double legendTop = geometry.grid.bottom() + metrics.height() * 1.4 + 6;
    paintLegend(painter, QRectF(geometry.grid.left(), legendTop,
                                std::min(geometry.grid.width(), 360.0), kLegendHeight));
}

// A label at the first column of each month (weekly) or year (monthly), skipped when it would
// touch the previous one, so labels never overlap however narrow the window.
void HeatStripView::paintColumnLabels(QPainter& painter, const Layout& geometry) const {
    const QFontMetricsF metrics(font());
    const QLocale locale;
    double freeFrom = -1.0;
    painter.setPen(palette().color(QPalette::Text));
    for (int column = 0; column < m_model.columnStarts.size(); ++column) {
        const QDate start = m_model.columnStarts[column];
        const QDate previous = column > 0 ? m_model.columnStarts[column - 1] : QDate();
        const bool newMonth = !previous.isValid() || previous.month() != start.month();
        const bool newYear = !previous.isValid() || previous.year() != start.year();
        if (m_model.monthly ? !newYear : !newMonth)
            continue;
        const QString label =
            m_model.monthly || start.month() == 1 || column == 0
                ? locale.toString(start, QString::fromLatin1(m_model.monthly ? "yyyy" : "MMM yyyy"))
                : locale.toString(start, QStringLiteral("MMM"));
        const double x = geometry.grid.left() + column * geometry.columnWidth;
        const double labelWidth = metrics.horizontalAdvance(label);
        if (x < freeFrom || x + labelWidth > width() - 2)
            continue;
        painter.drawLine(QPointF(x, geometry.grid.bottom()),
                         QPointF(x, geometry.grid.bottom() + 4));
        painter.drawText(QPointF(x, geometry.grid.bottom() + 4 + metrics.ascent()), label);
        freeFrom = x + labelWidth + 10;
    }
}

void HeatStripView::paintLegend(QPainter& painter, const QRectF& area) const {
    const QFontMetricsF metrics(font());
    const QRectF bar(area.left(), area.top() + 2, area.width(), 10);
    constexpr int kSteps = 40;
    for (int step = 0; step < kSteps; ++step) {
        const double value = (step + 0.5) / kSteps;
        painter.fillRect(QRectF(bar.left() + bar.width() * step / kSteps, bar.top(),
                                bar.width() / kSteps + 0.5, bar.height()),
                         intensityColor(value * 10.0));
    }
    painter.setPen(palette().color(QPalette::Text));
    const double baseline = bar.bottom() + 2 + metrics.ascent();
    painter.drawText(QPointF(bar.left(), baseline), tr("few days"));
    const QString all = tr("every day");
    painter.drawText(QPointF(bar.right() - metrics.horizontalAdvance(all), baseline), all);
    const QString middle = tr("half the days");
    painter.drawText(QPointF(bar.center().x() - metrics.horizontalAdvance(middle) / 2, baseline),
                     middle);
}

} // namespace painpace
