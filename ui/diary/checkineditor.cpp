#include "checkineditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "checkindetailsform.h"
#include "common/nextstepaccent.h"
#include "common/timeformat.h"
#include "diary/backfill.h"
#include "diary/validationissue.h"
#include "edit/diaryedits.h"
#include "edit/draftkeeper.h"
#include "exchange/checkinjson.h"
#include "momentfields.h"
#include "storage/checkinrepository.h"
#include "storage/draftrepository.h"
#include "storage/storageerror.h"
#include "today/painscalebuttons.h"

namespace painpace {

CheckInEditor::CheckInEditor(const Database& database, EditStack& edits, const QString& draftSlot,
                             QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_edits(edits)
    , m_draftSlot(draftSlot) {
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    layout->addWidget(m_title);
    m_when = new MomentFields(this);
    layout->addWidget(m_when);
    m_pain = new PainScaleButtons(this);
    m_pain->setCompact(true);
    layout->addWidget(m_pain);
    m_details = new CheckInDetailsForm(database, edits, this);
    auto* scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    layout->addWidget(scroll, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save changes"), this);
    NextStepAccent::mark(m_save);
    auto* cancel = new QPushButton(tr("Cancel"), this);
    buttons->addWidget(m_save);
    buttons->addWidget(cancel);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &CheckInEditor::save);
    connect(cancel, &QPushButton::clicked, this, &CheckInEditor::discard);
    m_drafts = std::make_unique<DraftKeeper>(this, [this] { storeDraft(); });
    connect(m_when, &MomentFields::changed, m_drafts.get(), &DraftKeeper::changed);
    connect(m_pain, &PainScaleButtons::valueChanged, m_drafts.get(), &DraftKeeper::changed);
    connect(m_details, &CheckInDetailsForm::changed, m_drafts.get(), &DraftKeeper::changed);
}

CheckInEditor::~CheckInEditor() = default;

void CheckInEditor::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    // As on Today: the groups take as many columns as fit, so nothing scrolls sideways.
    m_details->fitToWidth(width());
}

namespace {
const QString kUuidKey = QStringLiteral("uuid");
const QString kEntryKey = QStringLiteral("entry");
// A new check-in's draft: its pain apart, as a new entry may have none picked yet.
const QString kNewKey = QStringLiteral("new");
const QString kPainKey = QStringLiteral("pain");
} // namespace

void CheckInEditor::storeDraft() {
    try {
        if (!hasUnsavedChanges()) {
            clearDraft();
            return;
        }
        if (m_composing) {
            const auto pain = m_pain->value();
            DraftRepository(m_database)
                .save(m_draftSlot, {{kNewKey, true},
                                    {kPainKey, pain ? QJsonValue(*pain) : QJsonValue()},
                                    {kEntryKey, checkInToJson(pendingEntry())}});
            return;
        }
        DraftRepository(m_database)
            .save(m_draftSlot, {{kUuidKey, m_editing->uuid.toString(QUuid::WithoutBraces)},
                                {kEntryKey, checkInToJson(pendingEntry())}});
    } catch (const StorageError& error) {
        m_message->setText(
            tr("Your changes could not be kept as a draft: %1").arg(error.message()));
    }
}

void CheckInEditor::clearDraft() {
    try {
        DraftRepository(m_database).clear(m_draftSlot);
    } catch (const StorageError& error) {
        m_message->setText(tr("An old draft could not be removed: %1").arg(error.message()));
    }
}

bool CheckInEditor::restoreDraft() {
    try {
        const auto draft = DraftRepository(m_database).load(m_draftSlot);
        if (!draft)
            return false;
        if (draft->value(kNewKey).toBool()) {
            const CheckIn composed = checkInFromJson(draft->value(kEntryKey).toObject());
            compose(composed.moment);
            const QJsonValue pain = draft->value(kPainKey);
            m_pain->setValue(pain.isDouble() ? std::optional<int>(pain.toInt()) : std::nullopt);
            m_details->load(composed);
            m_message->setText(tr("PainPace kept the check-in you had begun for %1. Save it, or "
                                  "Cancel to drop it.")
                                   .arg(editedEntryName()));
            return true;
        }
        const auto stored = CheckInRepository(m_database)
                                .findByUuid(QUuid::fromString(draft->value(kUuidKey).toString()));
        if (!stored) { // the entry is gone: nothing to come back to
            clearDraft();
            return false;
        }
        const CheckIn changed = checkInFromJson(draft->value(kEntryKey).toObject());
        edit(*stored);
        if (changed.moment != stored->moment)
            m_when->showMoment(changed.moment);
        m_pain->setValue(changed.pain);
        m_details->load(changed);
        m_message->setText(tr("PainPace kept your unsaved changes to %1. Save them, or Cancel to "
                              "drop them.")
                               .arg(editedEntryName()));
        return true;
    } catch (const std::exception&) {
        clearDraft(); // a draft that cannot be read must not block the view
        return false;
    }
}

QString CheckInEditor::editedEntryName() const {
    if (!m_editing)
        return {};
    // A new entry is named by the time chosen so far, a stored one by the time it is stored at.
    const DiaryMoment moment = m_composing ? m_when->moment() : m_editing->moment;
    const QString day = QLocale().toString(moment.localDay, QLocale::ShortFormat);
    const QString time = shortTime(moment.localTime().time());
    if (m_composing)
        return tr("the new check-in for %1, %2").arg(day, time);
    return tr("the check-in of %1, %2").arg(day, time);
}

QString CheckInEditor::unsavedChangesName(const QString& where) const {
    if (!hasUnsavedChanges())
        return {};
    if (m_composing)
        return tr("%1 (%2)").arg(editedEntryName(), where);
    return tr("your changes to %1 (%2)").arg(editedEntryName(), where);
}

void CheckInEditor::edit(const CheckIn& entry) {
    m_composing = false;
    showEntry(entry);
    m_title->setText(tr("<b>Edit %1</b>").arg(editedEntryName().toHtmlEscaped()));
    m_save->setText(tr("&Save changes"));
    m_pain->setValue(entry.pain);
}

void CheckInEditor::compose(const DiaryMoment& moment) {
    CheckIn entry;
    entry.moment = moment;
    m_composing = true;
    showEntry(entry);
    m_title->setText(tr("<b>A check-in for another time</b>: choose when, and how the pain was "
                        "then."));
    m_save->setText(tr("&Save check-in"));
    m_pain->setValue(std::nullopt);
}

void CheckInEditor::showEntry(const CheckIn& entry) {
    m_drafts->cancel(); // what waited to be kept belonged to the entry shown before
    m_editing = entry;
    m_message->clear();
    m_details->showIssues({});
    m_when->showMoment(entry.moment);
    m_details->load(entry);
}

CheckIn CheckInEditor::pendingEntry() const {
    CheckIn after = m_editing.value_or(CheckIn{}); // marks stay as they were
    after.moment = m_when->moment();
    after.pain = m_pain->value().value_or(after.pain);
    m_details->fillIn(after);
    return after;
}

bool CheckInEditor::hasUnsavedChanges() const {
    if (!m_editing)
        return false;
    // A new entry with nothing picked or typed yet holds nothing to lose.
    if (m_composing)
        return m_pain->value().has_value() || !m_details->isEmpty();
    // The form lists triggers in its own order; the order means nothing.
    CheckIn pending = pendingEntry();
    CheckIn stored = *m_editing;
    sortUnorderedLists(pending);
    sortUnorderedLists(stored);
    return pending != stored;
}

QString CheckInEditor::problemBeforeSaving(const CheckIn& pending) const {
    if (m_composing && !m_pain->value())
        return tr("Not saved yet: pick a number for how the pain was then.");
    // Only a new or moved moment is checked: an entry stays where it was, whatever the clock.
    if (m_composing || m_when->isChanged())
        return futureMomentProblem(pending.moment, QDateTime::currentDateTimeUtc());
    return {};
}

// Every reason in words (the date and time fields have no mark of their own), and the first
// marked field scrolled into sight with the focus, as on Today.
void CheckInEditor::showWhyNotSaved(const ValidationIssues& issues) {
    m_details->showIssues(issues);
    QStringList reasons;
    for (const ValidationIssue& issue : issues) {
        if (!reasons.contains(issue.message))
            reasons << issue.message;
    }
    m_message->setText(tr("Not saved yet: %1").arg(reasons.join(QLatin1Char(' '))));
    if (QWidget* field = m_details->firstMarkedField()) {
        m_scroll->ensureWidgetVisible(field);
        field->setFocus(Qt::OtherFocusReason);
    }
}

bool CheckInEditor::save() {
    if (!m_editing)
        return true;
    std::optional<CheckIn> stored;
    const bool added = m_composing;
    if (m_composing || hasUnsavedChanges()) {
        const CheckIn pending = pendingEntry();
        if (const QString problem = problemBeforeSaving(pending); !problem.isEmpty()) {
            m_message->setText(problem);
            return false;
        }
        const std::optional<CheckIn> before =
            m_composing ? std::nullopt : std::optional<CheckIn>(*m_editing);
        try {
            stored =
                DiaryEdits(m_database, m_edits)
                    .clearingDraft(m_draftSlot)
                    .saveCheckIn(before, pending,
                                 m_composing ? tr("check-in for %1")
                                                   .arg(QLocale().toString(pending.moment.localDay,
                                                                           QLocale::ShortFormat))
                                             : tr("edit check-in"));
        } catch (const ValidationError& error) {
            showWhyNotSaved(error.issues());
            return false;
        } catch (const StorageError& error) {
            m_message->setText(tr("Not saved: %1").arg(error.message()));
            return false;
        }
    } else {
        clearDraft();
    }
    m_drafts->cancel(); // what was waiting to be kept is saved now
    stopEditing();
    if (stored)
        emit saved(*stored, added);
    emit closed();
    return true;
}

void CheckInEditor::showMessage(const QString& text) {
    m_message->setText(text);
}

void CheckInEditor::discard() {
    m_drafts->cancel();
    clearDraft();
    stopEditing();
    emit closed();
}

void CheckInEditor::stopEditing() {
    m_editing.reset();
    m_composing = false;
}

} // namespace painpace
