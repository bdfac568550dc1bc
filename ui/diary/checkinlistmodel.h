#pragma once

#include <QAbstractTableModel>

#include "diary/checkin.h"

namespace painpace {

// Check-ins as table rows, newest first: date, time, pain, flare and a description.
class CheckInListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Time, Pain, Flare, Details, ColumnCount };
    enum Role { CheckInIdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<CheckIn> entries);
    const CheckIn& entryAt(int row) const { return m_entries[row]; }
    // The row of the entry with this uuid, or -1.
    int rowOf(const QUuid& uuid) const;
    // Shows `entry` in its place (newest first): the row with its uuid changes, or moves when its
    // moment did, or a row is added. Other rows, and the selection, stay as they were.
    void putEntry(const CheckIn& entry);
    // Takes the row with this uuid out, if there is one.
    void removeEntry(const QUuid& uuid);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<CheckIn> m_entries;
};

} // namespace painpace
