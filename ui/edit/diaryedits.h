#pragma once

#include <QCoreApplication>
#include <QDate>

#include <memory>
#include <optional>

#include "diary/catalogueitems.h"
#include "diary/checkin.h"
#include "pacing/pacingplan.h"
#include "pacing/pacingsession.h"
#include "questionnaires/questionnairerecord.h"
#include "trials/therapytrial.h"

namespace painpace {

class CheckInComposition;
class Database;
class EditCommand;
class EditStack;
template <typename Store> class RecordCommand;
struct DiaryDocument;
struct ImportedIds;
struct RestoreChanges;

// Every edit a person makes to the diary, in one place, so each view edits, duplicates and
// deletes the same way. Each call makes its change at once, puts it on the undo stack and
// returns the record as stored. When the change cannot be made it throws ValidationError or
// StorageError: nothing changed and nothing was pushed. Undo and redo find records by uuid.
class DiaryEdits {
    Q_DECLARE_TR_FUNCTIONS(DiaryEdits)
public:
    DiaryEdits(const Database& database, EditStack& stack);

    // The next edit also removes the draft kept in `slot`, in the same transaction: the editor
    // whose input it saves (docs/architecture.md, "Input that is not saved yet").
    DiaryEdits& clearingDraft(const QString& slot);

    // Adds `after` (no `before`) or replaces `before` with it.
    CheckIn saveCheckIn(const std::optional<CheckIn>& before, CheckIn after, const QString& text);
    void deleteCheckIn(const CheckIn& entry);
    // A copy of `entry` at `moment`: a new record with the same contents.
    CheckIn duplicateCheckIn(const CheckIn& entry, const DiaryMoment& moment);

    // The body-map marks of the check-in with `uuid`: the one being filled in while
    // `composition` holds that uuid, the stored one otherwise (markscommand.h).
    void changeMarks(CheckInComposition& composition, const QUuid& uuid,
                     const QList<PainMark>& before, const QList<PainMark>& after,
                     const QString& text);

    // A person's own trigger or therapy, added to the list (undo takes it out again).
    TriggerDefinition addOwnTrigger(const QString& name);
    TherapyDefinition addOwnTherapy(TherapyDefinition therapy);

    QuestionnaireRecord addQuestionnaire(QuestionnaireRecord record);
    void deleteQuestionnaire(const QuestionnaireRecord& record);

    PacingPlan addPlan(PacingPlan plan);
    PacingPlan changePlan(const PacingPlan& before, PacingPlan after);
    PacingSession recordSession(const PacingPlan& plan, PacingSession session);

    TherapyTrial startTrial(TherapyTrial trial);
    TherapyTrial changeTrial(const TherapyTrial& before, TherapyTrial after, const QString& text);
    void answerAdherence(const TherapyTrial& trial, const QDate& day, std::optional<bool> before,
                         bool followed);

    // An import already written (in the background) goes on the stack: undo takes out exactly
    // what it added, redo imports the same document again.
    void recordImport(std::shared_ptr<const DiaryDocument> document, const ImportedIds& added,
                      const QString& source);

    // Makes the diary's records those of a backup (read with DiaryRestorer::readBackup), as one
    // step that undo takes back; returns what changed. A restore that changes nothing leaves no
    // step on the stack.
    RestoreChanges restoreBackup(DiaryDocument backup, const QString& text);

private:
    void apply(EditCommand* command);
    template <typename Store> typename Store::Record push(RecordCommand<Store>* command);

    const Database& m_database;
    EditStack& m_stack;
    QString m_draftToClear;
};

} // namespace painpace
