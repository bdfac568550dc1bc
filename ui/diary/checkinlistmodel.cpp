#include "checkinlistmodel.h"

#include <QLocale>

#include <algorithm>

#include "checkindescription.h"
#include "common/timeformat.h"

namespace painpace {

void CheckInListModel::setEntries(QList<CheckIn> entries) {
    beginResetModel();
    m_source = {};
    m_entries = std::move(entries);
    std::reverse(m_entries.begin(), m_entries.end()); // newest first
    endResetModel();
}

void CheckInListModel::setSource(PageSource source, int total) {
    beginResetModel();
    m_source = std::move(source);
    m_total = total;
    m_entries = m_source(std::nullopt, m_pageSize);
    endResetModel();
}

bool CheckInListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_source && m_entries.size() < m_total;
}

void CheckInListModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    QList<CheckIn> page = m_source(
        m_entries.isEmpty() ? std::nullopt : std::optional<CheckIn>(m_entries.last()), m_pageSize);
    if (page.isEmpty()) {
        m_total = static_cast<int>(m_entries.size()); // fewer than counted: nothing more to read
        return;
    }
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_entries.append(page);
    endInsertRows();
}

int CheckInListModel::rowOf(const QUuid& uuid) const {
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].uuid == uuid)
            return row;
    }
    return -1;
}

namespace {
// Newest first, as CheckInRepository lists them oldest first by moment and then id.
bool shownBefore(const CheckIn& a, const CheckIn& b) {
    if (a.moment.utc != b.moment.utc)
        return a.moment.utc > b.moment.utc;
    return a.id > b.id;
}
} // namespace

void CheckInListModel::putEntry(const CheckIn& entry) {
    // The rows read are always the newest part of the list; the rest is older than all of them.
    const bool moreToRead = m_source && m_total > m_entries.size();
    const int existing = rowOf(entry.uuid);
    if (existing >= 0) {
        m_entries[existing] = entry;
        const bool inPlace =
            (existing == 0 || !shownBefore(entry, m_entries[existing - 1])) &&
            (existing + 1 == m_entries.size() || !shownBefore(m_entries[existing + 1], entry));
        if (inPlace) {
            emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
            return;
        }
        removeEntry(entry.uuid);
    }
    // Older than every row read while more are still to read: it comes with its page.
    if (moreToRead && (m_entries.isEmpty() || shownBefore(m_entries.last(), entry)))
        return;
    const auto place = std::lower_bound(m_entries.cbegin(), m_entries.cend(), entry, shownBefore);
    const int row = static_cast<int>(place - m_entries.cbegin());
    beginInsertRows({}, row, row);
    m_entries.insert(row, entry);
    endInsertRows();
}

void CheckInListModel::removeEntry(const QUuid& uuid) {
    const int row = rowOf(uuid);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

int CheckInListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int CheckInListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckInListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const CheckIn& entry = m_entries[index.row()];
    if (role == CheckInIdRole)
        return entry.id;
    if (role == Qt::TextAlignmentRole && index.column() == Pain)
        return int(Qt::AlignCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Date:
        return QLocale().toString(entry.moment.localDay, QLocale::ShortFormat);
    case Time:
        return shortTime(entry.moment.localTime().time());
    case Pain:
        return entry.pain;
    case Flare:
        return entry.flare ? tr("flare") : QString();
    case Details: {
        // The description starts with time and pain, which have their own columns.
        QString text = describeCheckIn(entry);
        // The description ends with the full advice; the row says it once, in its one-line
        // form, first (below), so it shows even when the row is cut short.
        if (const qsizetype advice = text.indexOf(QStringLiteral("\n⚠ ")); advice >= 0)
            text.truncate(advice);
        const qsizetype dot = text.indexOf(QStringLiteral(" · "));
        const qsizetype line = text.indexOf(QLatin1Char('\n'));
        text = (dot >= 0 && (line < 0 || dot < line))
                   ? text.mid(dot + 3)
                   : (line >= 0 ? text.mid(line + 1) : QString());
        if (const QString care = careHeadline(careUrgency(entry.redFlags)); !care.isEmpty())
            text = text.isEmpty() ? QStringLiteral("⚠ %1").arg(care)
                                  : QStringLiteral("⚠ %1 · %2").arg(care, text);
        return text;
    }
    default:
        return {};
    }
}

QVariant CheckInListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Time:
        return tr("Time");
    case Pain:
        return tr("Pain");
    case Flare:
        return tr("Flare");
    case Details:
        return tr("What else");
    default:
        return {};
    }
}

} // namespace painpace
