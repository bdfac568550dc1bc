#include "entriesview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "bodymap/bodyregioncatalogue.h"
#include "common/refreshwhenshown.h"
#include "diary/checkineditor.h"
#include "diary/checkinlistmodel.h"
#include "diary/validationissue.h"
#include "edit/diaryedits.h"
#include "edit/editstack.h"
#include "edit/undonotice.h"
#include "storage/cataloguerepository.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/storageerror.h"

namespace painpace {

namespace {
QSpinBox* painBound(int value, QWidget* parent) {
    auto* box = new QSpinBox(parent);
    box->setRange(0, 10);
    box->setValue(value);
    return box;
}
} // namespace

EntriesView::EntriesView(const Database& database, EditStack& undoStack, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_undoStack(undoStack) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    auto* listPage = new QWidget(m_pages);
    auto* list = new QVBoxLayout(listPage);
    list->setContentsMargins(0, 0, 0, 0);
    list->addWidget(buildFilters());
    m_model = new CheckInListModel(this);
    m_table = new QTableView(listPage);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    list->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    m_count = new QLabel(listPage);
    buttons->addWidget(m_count, 1);
    auto* edit = new QPushButton(tr("Ed&it"), listPage);
    auto* duplicate = new QPushButton(tr("D&uplicate to now"), listPage);
    auto* remove = new QPushButton(tr("&Delete"), listPage);
    for (QPushButton* button : {edit, duplicate, remove})
        buttons->addWidget(button);
    list->addLayout(buttons);
    m_notice = new UndoNotice(m_undoStack, listPage);
    list->addWidget(m_notice);
    m_pages->addWidget(listPage);

    m_editor =
        new CheckInEditor(m_database, m_undoStack, QStringLiteral("entries-editor"), m_pages);
    m_pages->addWidget(m_editor);

    connect(edit, &QPushButton::clicked, this, &EntriesView::editSelected);
    connect(duplicate, &QPushButton::clicked, this, &EntriesView::duplicateSelected);
    connect(remove, &QPushButton::clicked, this, &EntriesView::deleteSelected);
    connect(m_table, &QTableView::doubleClicked, this, &EntriesView::editSelected);
    connect(m_editor, &CheckInEditor::closed, this, [this] { m_pages->setCurrentIndex(0); });
    const DiaryNotifier& notifier = m_database.notifier();
    // One changed entry changes one row; the whole list is read again only for a view that was
    // hidden while the diary changed (docs/architecture.md, "Change notifications").
    auto* refresher = new RefreshWhenShown(this, [this] { refresh(); });
    connect(&notifier, &DiaryNotifier::checkInSaved, this,
            [this, refresher](qint64, QDate, QUuid uuid) {
                refresher->update([this, uuid] { showChangedEntry(uuid); });
            });
    connect(&notifier, &DiaryNotifier::checkInRemoved, this,
            [this, refresher](qint64, QDate, QUuid uuid) {
                refresher->update([this, uuid] { showRemovedEntry(uuid); });
            });
    connect(&notifier, &DiaryNotifier::diaryReloaded, refresher, &RefreshWhenShown::request);
    connect(&notifier, &DiaryNotifier::catalogueChanged, this, &EntriesView::fillFilterChoices);
    fillFilterChoices();
    refresher->loadWhenFirstShown();
    // Changes left unsaved when PainPace last stopped come back where they were made.
    if (m_editor->restoreDraft())
        m_pages->setCurrentWidget(m_editor);
}

QWidget* EntriesView::buildFilters() {
    auto* bar = new QWidget(this);
    m_filterGrid = new QGridLayout(bar);
    m_filterGrid->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Search notes"));
    m_search->setClearButtonEnabled(true);
    m_trigger = new QComboBox(bar);
    m_therapy = new QComboBox(bar);
    m_region = new QComboBox(bar);
    m_trigger->setAccessibleName(tr("Trigger"));
    m_therapy->setAccessibleName(tr("Therapy"));
    m_region->setAccessibleName(tr("Body region"));
    m_flare = new QCheckBox(tr("Flares onl&y"), bar);
    m_painRange = new QWidget(bar);
    auto* range = new QHBoxLayout(m_painRange);
    range->setContentsMargins(0, 0, 0, 0);
    m_minPain = painBound(0, m_painRange);
    m_maxPain = painBound(10, m_painRange);
    range->addWidget(new QLabel(tr("Pain"), m_painRange));
    range->addWidget(m_minPain);
    range->addWidget(new QLabel(tr("to"), m_painRange));
    range->addWidget(m_maxPain);
    arrangeFilters(false);
    connect(m_search, &QLineEdit::textChanged, this, &EntriesView::refresh);
    for (QComboBox* box : {m_trigger, m_therapy, m_region})
        connect(box, &QComboBox::currentIndexChanged, this, &EntriesView::refresh);
    connect(m_flare, &QCheckBox::toggled, this, &EntriesView::refresh);
    connect(m_minPain, &QSpinBox::valueChanged, this, &EntriesView::refresh);
    connect(m_maxPain, &QSpinBox::valueChanged, this, &EntriesView::refresh);
    return bar;
}

// One row where there is room; below 1000 px the three lists get a row of their own, so their
// words are not cut ("Any trigge").
void EntriesView::arrangeFilters(bool twoRows) {
    if (m_filtersInTwoRows == twoRows && m_filterGrid->count() > 0)
        return;
    m_filtersInTwoRows = twoRows;
    for (QWidget* part : {static_cast<QWidget*>(m_search), static_cast<QWidget*>(m_trigger),
                          static_cast<QWidget*>(m_therapy), static_cast<QWidget*>(m_region),
                          static_cast<QWidget*>(m_flare), m_painRange})
        m_filterGrid->removeWidget(part);
    for (int column = 0; column < 6; ++column)
        m_filterGrid->setColumnStretch(column, 0);
    if (twoRows) {
        m_filterGrid->addWidget(m_search, 0, 0, 1, 2);
        m_filterGrid->addWidget(m_flare, 0, 2);
        m_filterGrid->addWidget(m_painRange, 0, 3);
        m_filterGrid->addWidget(m_trigger, 1, 0);
        m_filterGrid->addWidget(m_therapy, 1, 1);
        m_filterGrid->addWidget(m_region, 1, 2, 1, 2);
        for (int column = 0; column < 3; ++column)
            m_filterGrid->setColumnStretch(column, 1);
    } else {
        const QList<QWidget*> row{m_search, m_trigger, m_therapy, m_region, m_flare, m_painRange};
        for (int column = 0; column < row.size(); ++column)
            m_filterGrid->addWidget(row[column], 0, column);
        m_filterGrid->setColumnStretch(0, 2);
        for (int column = 1; column < 4; ++column)
            m_filterGrid->setColumnStretch(column, 1);
    }
    // Tab follows the rows as they are now.
    const QList<QWidget*> order = twoRows
                                      ? QList<QWidget*>{m_search,  m_flare,   m_minPain, m_maxPain,
                                                        m_trigger, m_therapy, m_region}
                                      : QList<QWidget*>{m_search, m_trigger, m_therapy, m_region,
                                                        m_flare,  m_minPain, m_maxPain};
    for (int i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
}

void EntriesView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    arrangeFilters(width() < 1000);
}

void EntriesView::fillFilterChoices() {
    CatalogueRepository catalogue(m_database);
    const QSignalBlocker blockTrigger(m_trigger);
    const QSignalBlocker blockTherapy(m_therapy);
    const QSignalBlocker blockRegion(m_region);
    m_trigger->clear();
    m_trigger->addItem(tr("Any trigger"), QString());
    for (const TriggerDefinition& trigger : catalogue.triggers())
        m_trigger->addItem(trigger.name, trigger.code);
    m_therapy->clear();
    m_therapy->addItem(tr("Any therapy"), QString());
    for (const TherapyDefinition& therapy : catalogue.therapies())
        m_therapy->addItem(therapy.name, therapy.code);
    m_region->clear();
    m_region->addItem(tr("Any body region"), QString());
    for (const BodyRegion& region : bodyRegions())
        m_region->addItem(region.name, region.code);
}

EntryFilter EntriesView::filter() const {
    EntryFilter filter;
    filter.noteText = m_search->text();
    filter.triggerCode = m_trigger->currentData().toString();
    filter.therapyCode = m_therapy->currentData().toString();
    filter.regionCode = m_region->currentData().toString();
    filter.flareOnly = m_flare->isChecked();
    filter.minPain = std::min(m_minPain->value(), m_maxPain->value());
    filter.maxPain = std::max(m_minPain->value(), m_maxPain->value());
    return filter;
}

void EntriesView::refresh() {
    const EntryFilter current = filter();
    const CheckInRepository repository(m_database);
    m_model->setSource(
        [repository, current](const std::optional<CheckIn>& after, int limit) {
            return repository.searchNewestFirst(current, limit, after);
        },
        repository.countMatching(current));
    showCount();
    m_table->resizeColumnsToContents();
}

void EntriesView::showChangedEntry(const QUuid& uuid) {
    const CheckInRepository repository(m_database);
    if (const auto entry = repository.findMatching(filter(), uuid))
        m_model->putEntry(*entry);
    else
        m_model->removeEntry(uuid); // changed so that the filter no longer finds it
    m_model->setTotal(repository.countMatching(filter()));
    showCount();
}

void EntriesView::showRemovedEntry(const QUuid& uuid) {
    // A listed entry matched the filter; an unlisted one did not, unless it was among the rows
    // not read yet, and only then is the count read again.
    const bool listed = m_model->rowOf(uuid) >= 0;
    const bool unreadRows = m_model->canFetchMore({});
    m_model->removeEntry(uuid);
    if (listed)
        m_model->setTotal(m_model->total() - 1);
    else if (unreadRows)
        m_model->setTotal(CheckInRepository(m_database).countMatching(filter()));
    showCount();
}

QString EntriesView::countText() const {
    return m_count->text();
}

void EntriesView::showCount() {
    m_count->setText(tr("%n entry(ies) found", nullptr, m_model->total()));
}

std::optional<CheckIn> EntriesView::selected() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->entryAt(rows.first().row());
}

QString EntriesView::unsavedInputName() const {
    return m_editor->unsavedChangesName(tr("Entries"));
}

bool EntriesView::saveUnsavedInput() {
    return m_editor->save();
}

void EntriesView::discardUnsavedInput() {
    m_editor->discard();
}

void EntriesView::showUnsavedInput() {
    m_pages->setCurrentWidget(m_editor);
}

void EntriesView::editSelected() {
    if (const auto entry = selected()) {
        m_editor->edit(*entry);
        m_pages->setCurrentWidget(m_editor);
    }
}

void EntriesView::duplicateSelected() {
    const auto entry = selected();
    if (!entry)
        return;
    try {
        DiaryEdits(m_database, m_undoStack).duplicateCheckIn(*entry, DiaryMoment::now());
        m_notice->showForLastStep(tr("Copied to now."));
    } catch (const std::exception& error) {
        m_notice->showText(QString::fromUtf8(error.what()));
    }
}

void EntriesView::deleteSelected() {
    const auto entry = selected();
    if (!entry)
        return;
    try {
        DiaryEdits(m_database, m_undoStack).deleteCheckIn(*entry);
        m_notice->showForLastStep(deletedMessage(*entry));
    } catch (const StorageError& error) {
        m_notice->showText(error.message());
    }
}

} // namespace painpace
