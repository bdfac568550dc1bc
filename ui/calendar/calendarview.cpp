#include "calendarview.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "common/intensitystrip.h"
#include "common/refreshwhenshown.h"
#include "diary/backfillmoment.h"
#include "diary/checkindescription.h"
#include "diary/checkineditor.h"
#include "diary/validationissue.h"
#include "edit/diaryedits.h"
#include "edit/editstack.h"
#include "edit/undonotice.h"
#include "paincalendar.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/storageerror.h"

namespace painpace {

namespace {
// Below this width the month and the day's panel cannot both be readable side by side.
constexpr int kSideBySideWidth = 1000;
constexpr int kNarrowCalendarHeight = 260;
} // namespace

CalendarView::CalendarView(const Database& database, EditStack& undoStack, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_undoStack(undoStack) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildMonthPage());
    m_pages->addWidget(buildEditor());
    layout->addWidget(m_pages);

    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &CalendarView::reload);
    connect(m_calendar, &QCalendarWidget::selectionChanged, this,
            [this] { showDay(m_calendar->selectedDate()); });
    const DiaryNotifier& notifier = m_database.notifier();
    auto* refresher = new RefreshWhenShown(this, [this] { reload(); });
    connect(&notifier, &DiaryNotifier::checkInSaved, refresher, &RefreshWhenShown::request);
    connect(&notifier, &DiaryNotifier::checkInRemoved, refresher, &RefreshWhenShown::request);
    connect(&notifier, &DiaryNotifier::diaryReloaded, refresher, &RefreshWhenShown::request);
    refresher->loadWhenFirstShown();
    // Changes left unsaved when PainPace last stopped come back where they were made.
    if (m_editor->restoreDraft())
        m_pages->setCurrentWidget(m_editor);
}

// The month and the chosen day's panel, side by side in a wide window and one above the other
// in a narrow one; a window too low for both scrolls instead of letting them overlap.
QWidget* CalendarView::buildMonthPage() {
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    m_monthLayout = new QBoxLayout(QBoxLayout::LeftToRight, page);
    m_monthLayout->setContentsMargins(16, 12, 16, 12);
    m_calendar = new PainCalendar(page);
    m_monthLayout->addWidget(m_calendar, 3);
    m_monthLayout->addWidget(buildDayPanel(), 2);
    scroll->setWidget(page);
    return scroll;
}

void CalendarView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    const bool narrow = width() < kSideBySideWidth;
    m_monthLayout->setDirection(narrow ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    // One above the other, the month keeps rows tall enough to read and the list a few lines.
    m_calendar->setMinimumHeight(narrow ? kNarrowCalendarHeight : 0);
    const int threeLines = 3 * fontMetrics().lineSpacing() + 8;
    m_entries->setMinimumHeight(narrow ? threeLines : 0);
    m_entries->setMaximumHeight(narrow ? 2 * threeLines : QWIDGETSIZE_MAX);
    arrangeButtons(narrow);
}

// Under the month there is room for the four buttons in one row; beside it, two rows.
void CalendarView::arrangeButtons(bool oneRow) {
    for (QPushButton* button : {m_edit, m_duplicate, m_delete, m_add})
        m_buttons->removeWidget(button);
    m_buttons->addWidget(m_edit, 0, 0);
    m_buttons->addWidget(m_duplicate, 0, 1);
    m_buttons->addWidget(m_delete, 0, 2);
    if (oneRow)
        m_buttons->addWidget(m_add, 0, 3);
    else
        m_buttons->addWidget(m_add, 1, 0, 1, 3, Qt::AlignLeft);
    m_buttons->setColumnStretch(3, oneRow ? 0 : 1);
    m_buttons->setColumnStretch(4, 1);
}

QWidget* CalendarView::buildDayPanel() {
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    m_dayTitle = new QLabel(panel);
    QFont title = m_dayTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_dayTitle->setFont(title);
    layout->addWidget(m_dayTitle);
    m_entries = new QListWidget(panel);
    m_entries->setWordWrap(true);
    m_entries->setAlternatingRowColors(true);
    layout->addWidget(m_entries, 1);
    m_edit = new QPushButton(tr("Ed&it"), panel);
    m_duplicate = new QPushButton(tr("D&uplicate to now"), panel);
    m_delete = new QPushButton(tr("&Delete"), panel);
    // A missed day is filled in from the day itself, the way a paper diary would be.
    m_add = new QPushButton(tr("Ne&w check-in on this day…"), panel);
    m_buttons = new QGridLayout;
    arrangeButtons(false);
    layout->addLayout(m_buttons);
    m_message = new UndoNotice(m_undoStack, panel);
    layout->addWidget(m_message);
    layout->addWidget(buildLegend(panel));
    connect(m_edit, &QPushButton::clicked, this, &CalendarView::startEditing);
    connect(m_duplicate, &QPushButton::clicked, this, &CalendarView::duplicateSelected);
    connect(m_delete, &QPushButton::clicked, this, &CalendarView::deleteSelected);
    connect(m_add, &QPushButton::clicked, this, [this] { composeFor(m_calendar->selectedDate()); });
    connect(m_entries, &QListWidget::itemDoubleClicked, this, &CalendarView::startEditing);
    return panel;
}

// What the colours and marks of a day mean, under the day's panel (docs/design.md, "Colour").
QWidget* CalendarView::buildLegend(QWidget* parent) {
    auto* legend = new QWidget(parent);
    auto* layout = new QVBoxLayout(legend);
    layout->setContentsMargins(0, 8, 0, 0);
    // The key on its own line: beside its label it made the panel wider than a small window.
    layout->addWidget(new QLabel(tr("Mean pain of the day:"), legend));
    m_scaleKey = new IntensityStrip(legend);
    layout->addWidget(m_scaleKey);
    m_legend = new QLabel(tr("F a flare · S3 three spasms · ✎ a note · ⚠ filled: warning signs "
                             "that need emergency care now · ⚠ outlined: see a doctor within a "
                             "day or two"),
                          legend);
    m_legend->setWordWrap(true);
    layout->addWidget(m_legend);
    return legend;
}

QWidget* CalendarView::buildEditor() {
    // The editor takes the whole page: the form needs the width, and its title names the day.
    m_editor = new CheckInEditor(m_database, m_undoStack, QStringLiteral("calendar-editor"), this);
    m_editor->setContentsMargins(16, 12, 16, 12);
    connect(m_editor, &CheckInEditor::saved, this, [this](const CheckIn& entry, bool added) {
        // A moved or new entry is shown on its own day.
        const QDate day = entry.moment.localDay;
        if (day != m_calendar->selectedDate())
            m_calendar->setSelectedDate(day);
        m_message->showForLastStep(
            added
                ? tr("Saved the check-in for %1.").arg(QLocale().toString(day, QLocale::LongFormat))
                : tr("Saved the changes."));
    });
    connect(m_editor, &CheckInEditor::closed, this, [this] { m_pages->setCurrentIndex(0); });
    return m_editor;
}

void CalendarView::reload() {
    const QDate first(m_calendar->yearShown(), m_calendar->monthShown(), 1);
    // The grid shows up to a week of the neighbouring months too.
    m_calendar->setSummaries(CheckInRepository(m_database)
                                 .dailySummaries(first.addDays(-7), first.addMonths(1).addDays(7)));
    showDay(m_calendar->selectedDate());
}

void CalendarView::showDay(const QDate& day) {
    m_dayTitle->setText(QLocale().toString(day, QLocale::LongFormat));
    m_dayEntries = CheckInRepository(m_database).between(day, day);
    m_entries->clear();
    for (const CheckIn& entry : m_dayEntries)
        m_entries->addItem(describeCheckIn(entry));
    if (m_dayEntries.isEmpty())
        m_entries->addItem(tr("Nothing recorded on this day."));
    else
        m_entries->setCurrentRow(0);
    for (QPushButton* button : {m_edit, m_duplicate, m_delete})
        button->setEnabled(!m_dayEntries.isEmpty());
    m_add->setEnabled(day <= QDate::currentDate());
}

std::optional<CheckIn> CalendarView::selectedEntry() const {
    const int row = m_entries->currentRow();
    if (row < 0 || row >= m_dayEntries.size())
        return std::nullopt;
    return m_dayEntries[row];
}

QString CalendarView::unsavedInputName() const {
    return m_editor->unsavedChangesName(tr("Calendar"));
}

bool CalendarView::saveUnsavedInput() {
    return m_editor->save();
}

void CalendarView::discardUnsavedInput() {
    m_editor->discard();
}

void CalendarView::showUnsavedInput() {
    m_pages->setCurrentWidget(m_editor);
}

void CalendarView::startEditing() {
    const auto entry = selectedEntry();
    if (!entry || !editorIsFree())
        return;
    m_editor->edit(*entry);
    m_pages->setCurrentWidget(m_editor);
}

void CalendarView::composeFor(const QDate& day) {
    if (!editorIsFree())
        return;
    if (day != m_calendar->selectedDate())
        m_calendar->setSelectedDate(day);
    m_editor->compose(backfillMoment(m_database, day));
    m_pages->setCurrentWidget(m_editor);
}

bool CalendarView::editorIsFree() {
    // Unsaved changes are never replaced by another entry: the person finishes them first.
    if (!m_editor->hasUnsavedChanges())
        return true;
    m_pages->setCurrentWidget(m_editor);
    m_editor->showMessage(tr("Save or cancel %1 first.").arg(m_editor->editedEntryName()));
    return false;
}

void CalendarView::duplicateSelected() {
    const auto entry = selectedEntry();
    if (!entry)
        return;
    try {
        DiaryEdits(m_database, m_undoStack).duplicateCheckIn(*entry, DiaryMoment::now());
        m_message->showForLastStep(tr("Copied to now."));
    } catch (const std::exception& error) {
        m_message->showText(QString::fromUtf8(error.what()));
    }
}

void CalendarView::deleteSelected() {
    const auto entry = selectedEntry();
    if (!entry)
        return;
    try {
        DiaryEdits(m_database, m_undoStack).deleteCheckIn(*entry);
        m_message->showForLastStep(deletedMessage(*entry));
    } catch (const StorageError& error) {
        m_message->showText(error.message());
    }
}

} // namespace painpace
