#include "calendarview.h"

#include "common/timeformat.h"
#include "diary/checkindetailsform.h"
#include "diary/editcheckincommand.h"
#include "diary/validationissue.h"
#include "paincalendar.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "today/painscalebuttons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace painpace {

QString describeCheckIn(const CheckIn& entry) {
    QStringList parts{CalendarView::tr("%1 — pain %2")
                          .arg(shortTime(entry.moment.localTime().time()))
                          .arg(entry.pain)};
    if (entry.fatigue)
        parts << CalendarView::tr("fatigue %1").arg(*entry.fatigue);
    if (entry.sleepQuality)
        parts << CalendarView::tr("sleep %1").arg(*entry.sleepQuality);
    if (!entry.marks.isEmpty())
        parts << CalendarView::tr("%n mark(s)", nullptr, static_cast<int>(entry.marks.size()));
    if (!entry.spasms.isEmpty())
        parts << CalendarView::tr("%n spasm record(s)", nullptr,
                                  static_cast<int>(entry.spasms.size()));
    if (!entry.triggers.isEmpty())
        parts << CalendarView::tr("%n trigger(s)", nullptr,
                                  static_cast<int>(entry.triggers.size()));
    if (!entry.therapies.isEmpty())
        parts << CalendarView::tr("%n therapy(ies)", nullptr,
                                  static_cast<int>(entry.therapies.size()));
    if (entry.flare)
        parts << CalendarView::tr("flare");
    QString text = parts.join(QStringLiteral(" · "));
    if (!entry.note.isEmpty())
        text += QStringLiteral("\n“%1”").arg(entry.note);
    const QString advice = careAdvice(careUrgency(entry.redFlags));
    if (!advice.isEmpty())
        text += QStringLiteral("\n⚠ ") + advice;
    return text;
}

CalendarView::CalendarView(const Database& database, QUndoStack& undoStack, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_undoStack(undoStack) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    m_calendar = new PainCalendar(this);
    layout->addWidget(m_calendar, 3);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildDayPanel());
    m_pages->addWidget(buildEditor());
    layout->addWidget(m_pages, 2);

    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &CalendarView::reload);
    connect(m_calendar, &QCalendarWidget::selectionChanged, this,
            [this] { showDay(m_calendar->selectedDate()); });
    const DiaryNotifier& notifier = m_database.notifier();
    connect(&notifier, &DiaryNotifier::checkInSaved, this, &CalendarView::reload);
    connect(&notifier, &DiaryNotifier::checkInRemoved, this, &CalendarView::reload);
    connect(&notifier, &DiaryNotifier::diaryReloaded, this, &CalendarView::reload);
    reload();
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
    auto* buttons = new QHBoxLayout;
    m_edit = new QPushButton(tr("&Edit"), panel);
    m_duplicate = new QPushButton(tr("D&uplicate to now"), panel);
    m_delete = new QPushButton(tr("&Delete"), panel);
    for (QPushButton* button : {m_edit, m_duplicate, m_delete})
        buttons->addWidget(button);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_message = new QLabel(panel);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addWidget(new QLabel(tr("Each day shows its mean pain. F flare · S spasms · ✎ note · "
                                    "! warning signs"),
                                 panel));
    connect(m_edit, &QPushButton::clicked, this, &CalendarView::startEditing);
    connect(m_duplicate, &QPushButton::clicked, this, &CalendarView::duplicateSelected);
    connect(m_delete, &QPushButton::clicked, this, &CalendarView::deleteSelected);
    connect(m_entries, &QListWidget::itemDoubleClicked, this, &CalendarView::startEditing);
    return panel;
}

QWidget* CalendarView::buildEditor() {
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->addWidget(new QLabel(tr("<b>Edit check-in</b> — pain:"), panel));
    m_editPain = new PainScaleButtons(panel);
    m_editPain->setCompact(true);
    layout->addWidget(m_editPain);
    m_editDetails = new CheckInDetailsForm(m_database, panel);
    auto* scroll = new QScrollArea(panel);
    scroll->setWidget(m_editDetails);
    scroll->setWidgetResizable(true);
    layout->addWidget(scroll, 1);
    auto* buttons = new QHBoxLayout;
    m_saveEdit = new QPushButton(tr("&Save changes"), panel);
    auto* cancel = new QPushButton(tr("Cancel"), panel);
    buttons->addWidget(m_saveEdit);
    buttons->addWidget(cancel);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_saveEdit, &QPushButton::clicked, this, &CalendarView::saveEditing);
    connect(cancel, &QPushButton::clicked, this, [this] {
        m_editing.reset();
        m_pages->setCurrentIndex(0);
    });
    return panel;
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
}

std::optional<CheckIn> CalendarView::selectedEntry() const {
    const int row = m_entries->currentRow();
    if (row < 0 || row >= m_dayEntries.size())
        return std::nullopt;
    return m_dayEntries[row];
}

void CalendarView::change(const std::optional<CheckIn>& before, const CheckIn& after,
                          const QString& text) {
    try {
        m_undoStack.push(EditCheckInCommand::apply(m_database, before, after, text));
        m_message->setText(tr("Done. Edit ▸ Undo takes it back."));
    } catch (const ValidationError& error) {
        m_message->setText(error.message());
    } catch (const StorageError& error) {
        m_message->setText(tr("Not saved: %1").arg(error.message()));
    }
}

void CalendarView::startEditing() {
    m_editing = selectedEntry();
    if (!m_editing)
        return;
    m_editPain->setValue(m_editing->pain);
    m_editDetails->load(*m_editing);
    m_pages->setCurrentIndex(1);
}

void CalendarView::saveEditing() {
    if (!m_editing)
        return;
    CheckIn after = *m_editing; // marks and spasms stay as they were
    after.pain = m_editPain->value().value_or(after.pain);
    m_editDetails->fillIn(after);
    const std::optional<CheckIn> before = m_editing;
    m_editing.reset();
    m_pages->setCurrentIndex(0);
    change(before, after, tr("edit check-in"));
}

void CalendarView::duplicateSelected() {
    const auto entry = selectedEntry();
    if (!entry)
        return;
    CheckIn copy = *entry;
    copy.id = 0;
    copy.uuid = QUuid();
    copy.moment = DiaryMoment::now();
    change(std::nullopt, copy, tr("duplicate check-in"));
}

void CalendarView::deleteSelected() {
    const auto entry = selectedEntry();
    if (!entry)
        return;
    try {
        m_undoStack.push(EditCheckInCommand::remove(m_database, *entry, tr("delete check-in")));
        m_message->setText(tr("Deleted. Edit ▸ Undo brings it back with everything it held."));
    } catch (const StorageError& error) {
        m_message->setText(error.message());
    }
}

} // namespace painpace
