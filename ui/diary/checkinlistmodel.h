#pragma once

#include <QAbstractTableModel>

#include <functional>
#include <optional>

#include "diary/checkin.h"

namespace painpace {

// Check-ins as table rows, newest first: date, time, pain, flare and a description.
//
// A long list is read a page at a time, as the view scrolls down to it (canFetchMore and
// fetchMore), and knows its total without reading every entry: a 10-year diary lists all its
// 4,751 entries and says so, reading 200 to begin with.
class CheckInListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Time, Pain, Flare, Details, ColumnCount };
    enum Role { CheckInIdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    // The next page of the list: the `limit` entries after `after` (from the newest without it),
    // newest first.
    using PageSource =
        std::function<QList<CheckIn>(const std::optional<CheckIn>& after, int limit)>;
    static constexpr int kDefaultPageSize = 200;

    void setEntries(QList<CheckIn> entries);
    // Lists `total` entries read from `source`, starting with its first page.
    void setSource(PageSource source, int total);
    // The number of entries the list holds in all, read or not (after a change of one of them).
    void setTotal(int total) { m_total = total; }
    int total() const { return m_source ? m_total : rowCount(); }
    void setPageSize(int rows) { m_pageSize = rows; }
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
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
    PageSource m_source;
    int m_total = 0;
    int m_pageSize = kDefaultPageSize;
};

} // namespace painpace
