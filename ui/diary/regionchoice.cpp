#include "regionchoice.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QStringListModel>

#include "bodymap/bodyregioncatalogue.h"
#include "bodymap/regiongroup.h"

namespace painpace {

namespace {
constexpr int kCodeRole = Qt::UserRole; // what QComboBox::itemData reads
} // namespace

RegionChoice::RegionChoice(QWidget* parent)
    : QComboBox(parent) {
    auto* model = new QStandardItemModel(this);
    QStringList names;
    for (const RegionGroup group : allRegionGroups()) {
        auto* heading = new QStandardItem(regionGroupName(group));
        heading->setFlags(Qt::NoItemFlags); // a heading, never a choice
        QFont bold = font();
        bold.setBold(true);
        heading->setFont(bold);
        model->appendRow(heading);
        for (const BodyRegion& region : bodyRegions()) {
            if (regionGroupOf(region.code) != group)
                continue;
            auto* item = new QStandardItem(region.name);
            item->setData(region.code, kCodeRole);
            model->appendRow(item);
            names << region.name;
        }
    }
    setModel(model);
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(20);
    auto* completer = new QCompleter(new QStringListModel(names, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    lineEdit()->setPlaceholderText(tr("Type to search"));
    connect(lineEdit(), &QLineEdit::editingFinished, this, &RegionChoice::acceptTyped);
    // While its list of matches is open the completer keeps focus-out events from the field,
    // so leaving it (Tab, a click elsewhere) is seen here instead.
    m_focusWatch =
        connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget* now) {
            const auto inside = [this](QWidget* widget) {
                return widget && (widget == this || isAncestorOf(widget) ||
                                  widget == this->completer()->popup());
            };
            if (inside(old) && !inside(now))
                acceptTyped();
        });
    setRegionCode(bodyRegions().first().code);
}

// Before the children go: the completer's list, dying, moves the focus and would call back.
RegionChoice::~RegionChoice() {
    disconnect(m_focusWatch);
}

QString RegionChoice::regionCode() const {
    return currentData(kCodeRole).toString();
}

void RegionChoice::setRegionCode(const QString& code) {
    const int row = findData(code, kCodeRole);
    if (row >= 0)
        setCurrentIndex(row);
}

int RegionChoice::rowMatching(const QString& text) const {
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return -1;
    int firstContaining = -1;
    for (int row = 0; row < count(); ++row) {
        if (!itemData(row, kCodeRole).isValid())
            continue; // a heading
        const QString name = itemText(row);
        if (name.compare(wanted, Qt::CaseInsensitive) == 0)
            return row;
        if (firstContaining < 0 && name.contains(wanted, Qt::CaseInsensitive))
            firstContaining = row;
    }
    return firstContaining;
}

void RegionChoice::acceptTyped() {
    const int row = rowMatching(currentText());
    if (row >= 0 && row != currentIndex())
        setCurrentIndex(row);
    // Whatever was typed, the field shows the region that will be saved.
    const QString shown = itemText(currentIndex());
    if (currentText() != shown)
        setEditText(shown);
    // Done choosing: the list of matches (which setting the text may open again) goes.
    completer()->popup()->hide();
}

} // namespace painpace
