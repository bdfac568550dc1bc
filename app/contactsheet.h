#pragma once

#include <QHash>
#include <QImage>
#include <QStringList>

namespace painpace {

// One PNG to review every screenshot at once: a row per view or dialog, a column per theme and
// window size, each shot scaled down into its cell with its names around it.
class ContactSheet {
public:
    void add(const QString& row, const QString& column, const QImage& shot);
    int count() const { return static_cast<int>(m_cells.size()); }
    QImage paint() const;

    static constexpr int kCellWidth = 360;
    static constexpr int kCellHeight = 240;

private:
    QStringList m_rows;
    QStringList m_columns;
    QHash<QString, QImage> m_cells; // by row and column
};

} // namespace painpace
