#include "checkineditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "checkindetailsform.h"
#include "common/timeformat.h"
#include "diary/validationissue.h"
#include "edit/diaryedits.h"
#include "edit/draftkeeper.h"
#include "exchange/checkinjson.h"
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
    m_pain = new PainScaleButtons(this);
    m_pain->setCompact(true);
    layout->addWidget(m_pain);
    m_details = new CheckInDetailsForm(database, edits, this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    layout->addWidget(scroll, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save changes"), this);
    auto* cancel = new QPushButton(tr("Cancel"), this);
    buttons->addWidget(m_save);
    buttons->addWidget(cancel);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &CheckInEditor::save);
    connect(cancel, &QPushButton::clicked, this, &CheckInEditor::discard);
    m_drafts = std::make_unique<DraftKeeper>(this, [this] { storeDraft(); });
    connect(m_pain, &PainScaleButtons::valueChanged, m_drafts.get(), &DraftKeeper::changed);
    connect(m_details, &CheckInDetailsForm::changed, m_drafts.get(), &DraftKeeper::changed);
}

CheckInEditor::~CheckInEditor() = default;

namespace {
const QString kUuidKey = QStringLiteral("uuid");
const QString kEntryKey = QStringLiteral("entry");
} // namespace

void CheckInEditor::storeDraft() {
    try {
        if (!hasUnsavedChanges()) {
            clearDraft();
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
        const auto stored = CheckInRepository(m_database)
                                .findByUuid(QUuid::fromString(draft->value(kUuidKey).toString()));
        if (!stored) { // the entry is gone: nothing to come back to
            clearDraft();
            return false;
        }
        const CheckIn changed = checkInFromJson(draft->value(kEntryKey).toObject());
        edit(*stored);
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
    const QDateTime local =
        m_editing->moment.utc.toOffsetFromUtc(m_editing->moment.utcOffsetMinutes * 60);
    return tr("the check-in of %1, %2")
        .arg(QLocale().toString(local.date(), QLocale::ShortFormat), shortTime(local.time()));
}

QString CheckInEditor::unsavedChangesName(const QString& where) const {
    if (!hasUnsavedChanges())
        return {};
    return tr("your changes to %1 (%2)").arg(editedEntryName(), where);
}

void CheckInEditor::edit(const CheckIn& entry) {
    m_editing = entry;
    m_title->setText(tr("<b>Edit %1</b> — pain:").arg(editedEntryName().toHtmlEscaped()));
    m_message->clear();
    m_details->showIssues({});
    m_pain->setValue(entry.pain);
    m_details->load(entry);
}

CheckIn CheckInEditor::pendingEntry() const {
    CheckIn after = m_editing.value_or(CheckIn{}); // marks stay as they were
    after.pain = m_pain->value().value_or(after.pain);
    m_details->fillIn(after);
    return after;
}

bool CheckInEditor::hasUnsavedChanges() const {
    if (!m_editing)
        return false;
    // The form lists triggers in its own order; the order means nothing.
    CheckIn pending = pendingEntry();
    CheckIn stored = *m_editing;
    sortUnorderedLists(pending);
    sortUnorderedLists(stored);
    return pending != stored;
}

bool CheckInEditor::save() {
    if (!m_editing)
        return true;
    if (hasUnsavedChanges()) {
        try {
            DiaryEdits(m_database, m_edits)
                .clearingDraft(m_draftSlot)
                .saveCheckIn(*m_editing, pendingEntry(), tr("edit check-in"));
        } catch (const ValidationError& error) {
            m_details->showIssues(error.issues());
            m_message->setText(tr("Not saved yet: please look at the marked fields."));
            return false;
        } catch (const StorageError& error) {
            m_message->setText(tr("Not saved: %1").arg(error.message()));
            return false;
        }
        m_editing.reset();
    } else {
        m_editing.reset();
        clearDraft();
    }
    m_drafts->cancel(); // what was waiting to be kept is saved now
    emit saved();
    emit closed();
    return true;
}

void CheckInEditor::discard() {
    m_editing.reset();
    m_drafts->cancel();
    clearDraft();
    emit closed();
}

} // namespace painpace
