#include "checkinlistmodel.h"

#include <QLocale>

#include "checkindescription.h"
#include "common/timeformat.h"

namespace painpace {

void CheckInListModel::setEntries(QList<CheckIn> entries) {
    beginResetModel();
    m_entries = std::move(entries);
    std::reverse(m_entries.begin(), m_entries.end()); // newest first
    endResetModel();
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
        const qsizetype dot = text.indexOf(QStringLiteral(" · "));
        const qsizetype line = text.indexOf(QLatin1Char('\n'));
        text = (dot >= 0 && (line < 0 || dot < line))
                   ? text.mid(dot + 3)
                   : (line >= 0 ? text.mid(line + 1) : QString());
        // Warning signs come first, so they show even when the row is cut short.
        if (careUrgency(entry.redFlags) != CareUrgency::None)
            text.prepend(tr("⚠ Warning signs: seek medical care · "));
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
