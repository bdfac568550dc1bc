#pragma once

#include <QAbstractTableModel>

#include "chartmodel.h"

namespace painpace {

// A chart's numbers for the table view, read straight from the ChartTable: no item per cell, so
// ten years of daily rows cost nothing until they are scrolled into view.
class ChartTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setTable(const ChartTable& table);
    const ChartTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ChartTable m_table;
};

} // namespace painpace
