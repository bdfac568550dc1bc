#include "contactsheet.h"

#include <QPainter>

namespace painpace {

namespace {
constexpr int kGap = 16;
constexpr int kRowLabelWidth = 170;
constexpr int kHeaderHeight = 36;

QString cellKey(const QString& row, const QString& column) {
    return row + QChar(u'\x1f') + column;
}
} // namespace

void ContactSheet::add(const QString& row, const QString& column, const QImage& shot) {
    if (!m_rows.contains(row))
        m_rows.append(row);
    if (!m_columns.contains(column))
        m_columns.append(column);
    // Kept small: a run holds about sixty shots.
    m_cells.insert(cellKey(row, column), shot.scaled(kCellWidth, kCellHeight, Qt::KeepAspectRatio,
                                                     Qt::SmoothTransformation));
}

QImage ContactSheet::paint() const {
    const int width = kRowLabelWidth + static_cast<int>(m_columns.size()) * (kCellWidth + kGap);
    const int height =
        kHeaderHeight + static_cast<int>(m_rows.size()) * (kCellHeight + kGap) + kGap;
    QImage sheet(width, height, QImage::Format_RGB32);
    sheet.fill(QColor(0xE8, 0xEA, 0xED));
    QPainter painter(&sheet);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QFont font = painter.font();
    font.setPixelSize(15);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(QColor(0x1D, 0x21, 0x25));
    for (int column = 0; column < m_columns.size(); ++column) {
        const QRect place(kRowLabelWidth + column * (kCellWidth + kGap), 0, kCellWidth,
                          kHeaderHeight);
        painter.drawText(place, Qt::AlignCenter, m_columns[column]);
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        const int top = kHeaderHeight + row * (kCellHeight + kGap);
        painter.setPen(QColor(0x1D, 0x21, 0x25));
        painter.drawText(QRect(kGap, top, kRowLabelWidth - 2 * kGap, kCellHeight),
                         Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, m_rows[row]);
        for (int column = 0; column < m_columns.size(); ++column) {
            const QImage cell = m_cells.value(cellKey(m_rows[row], m_columns[column]));
            if (cell.isNull())
                continue;
            const int left = kRowLabelWidth + column * (kCellWidth + kGap);
            const QPoint at(left + (kCellWidth - cell.width()) / 2,
                            top + (kCellHeight - cell.height()) / 2);
            painter.drawImage(at, cell);
            painter.setPen(QColor(0x9A, 0xA0, 0xA6));
            painter.drawRect(QRect(at, cell.size()).adjusted(-1, -1, 0, 0));
        }
    }
    return sheet;
}

} // namespace painpace
