#pragma once

#include <QWidget>

#include <memory>
#include <optional>

#include "diary/checkin.h"
#include "diary/validationissue.h"

class QLabel;
class QPushButton;
class QScrollArea;

namespace painpace {

class CheckInDetailsForm;
class Database;
class DraftKeeper;
class EditStack;
class MomentFields;
class PainScaleButtons;

// Edits one stored check-in, or composes a new one for another time (a missed day filled in):
// its moment, its pain and everything optional. Body-map marks stay as they were (they are
// edited on the map). Saving stores the change as one undoable step; when the core refuses it,
// the editor stays open with the fields marked, so nothing typed is lost. Calendar and Entries
// both edit through it.
class CheckInEditor : public QWidget {
    Q_OBJECT
public:
    // `draftSlot` names where its unsaved changes are kept as a draft in the diary (one editor,
    // one slot), so they survive a crash.
    CheckInEditor(const Database& database, EditStack& edits, const QString& draftSlot,
                  QWidget* parent = nullptr);
    ~CheckInEditor() override;

    // After a crash: when the draft holds changes to an entry the diary still has, opens that
    // entry with the changes and says so; true then.
    bool restoreDraft();
    void edit(const CheckIn& entry);
    // Starts a new check-in at `moment` (any time up to now); nothing is stored until Save.
    void compose(const DiaryMoment& moment);
    bool isComposing() const { return m_editing.has_value() && m_composing; }
    bool isEditing() const { return m_editing.has_value(); }
    // The entry as saving would store it now; only meaningful while editing.
    CheckIn pendingEntry() const;
    // Editing, and something differs from the stored entry.
    bool hasUnsavedChanges() const;
    // A few words naming the entry being edited.
    QString editedEntryName() const;
    // For the question on closing: "your changes to <entry> (<where>)", or empty when nothing
    // is unsaved.
    QString unsavedChangesName(const QString& where) const;
    // Stores the change (nothing when unchanged) and closes; false when it was refused, and the
    // reasons are shown beside the fields.
    bool save();
    // Drops the change and closes.
    void discard();

    MomentFields* when() const { return m_when; }
    PainScaleButtons* pain() const { return m_pain; }
    CheckInDetailsForm* details() const { return m_details; }
    QPushButton* saveButton() const { return m_save; }

    // A word shown above the buttons, such as why another entry cannot be opened yet.
    void showMessage(const QString& text);

protected:
    void resizeEvent(QResizeEvent* event) override;

signals:
    // `entry` as stored; `added` when it is a new check-in rather than a change. An unchanged
    // entry closes without it.
    void saved(const CheckIn& entry, bool added);
    void closed();

private:
    void showWhyNotSaved(const ValidationIssues& issues);
    void storeDraft();
    void clearDraft();
    void showEntry(const CheckIn& entry);
    // The reason the pending entry cannot be saved that the core cannot know (no pain picked
    // for a new entry, a time still to come), or empty.
    QString problemBeforeSaving(const CheckIn& pending) const;
    void stopEditing();

    const Database& m_database;
    EditStack& m_edits;
    QString m_draftSlot;
    std::unique_ptr<DraftKeeper> m_drafts; // before the widgets go (draftkeeper.h)
    std::optional<CheckIn> m_editing;
    bool m_composing = false;
    QLabel* m_title = nullptr;
    MomentFields* m_when = nullptr;
    QLabel* m_message = nullptr;
    QScrollArea* m_scroll = nullptr;
    PainScaleButtons* m_pain = nullptr;
    CheckInDetailsForm* m_details = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace painpace
