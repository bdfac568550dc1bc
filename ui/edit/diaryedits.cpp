#include "diaryedits.h"

#include <utility>

#include "adherencecommand.h"
#include "editstack.h"
#include "exchange/importcommand.h"
#include "markscommand.h"
#include "ownitemcommand.h"
#include "recordcommand.h"
#include "recordstores.h"
#include "restorecommand.h"
#include "sessioncommand.h"
#include "storage/draftrepository.h"

namespace painpace {

DiaryEdits::DiaryEdits(const Database& database, EditStack& stack)
    : m_database(database)
    , m_stack(stack) {}

DiaryEdits& DiaryEdits::clearingDraft(const QString& slot) {
    m_draftToClear = slot;
    return *this;
}

void DiaryEdits::apply(EditCommand* command) {
    if (m_draftToClear.isEmpty()) {
        m_stack.apply(command);
        return;
    }
    const QString slot = std::exchange(m_draftToClear, QString());
    m_stack.apply(command, [&](const std::function<void()>& write) {
        DraftRepository(m_database).clearAlongside(slot, write);
    });
}

// Applies and pushes a record command; returns the record as stored.
template <typename Store> typename Store::Record DiaryEdits::push(RecordCommand<Store>* command) {
    apply(command);
    return *command->after();
}

CheckIn DiaryEdits::saveCheckIn(const std::optional<CheckIn>& before, CheckIn after,
                                const QString& text) {
    if (before)
        after.uuid = before->uuid; // the same record, whatever the editor kept of its identity
    return push(new RecordCommand<CheckInStore>(m_database, before, after, text));
}

void DiaryEdits::deleteCheckIn(const CheckIn& entry) {
    apply(new RecordCommand<CheckInStore>(m_database, entry, std::nullopt, tr("delete check-in")));
}

CheckIn DiaryEdits::duplicateCheckIn(const CheckIn& entry, const DiaryMoment& moment) {
    CheckIn copy = entry;
    copy.id = 0;
    copy.uuid = QUuid();
    copy.moment = moment;
    return push(
        new RecordCommand<CheckInStore>(m_database, std::nullopt, copy, tr("duplicate check-in")));
}

void DiaryEdits::changeMarks(CheckInComposition& composition, const QUuid& uuid,
                             const QList<PainMark>& before, const QList<PainMark>& after,
                             const QString& text) {
    apply(new MarksCommand(m_database, &composition, uuid, before, after, text));
}

TriggerDefinition DiaryEdits::addOwnTrigger(const QString& name) {
    auto* command = new OwnItemCommand(m_database, TriggerDefinition{QString(), name, false},
                                       tr("add the trigger %1").arg(name.trimmed()));
    apply(command);
    return std::get<TriggerDefinition>(command->item());
}

TherapyDefinition DiaryEdits::addOwnTherapy(TherapyDefinition therapy) {
    const QString text = tr("add the therapy %1").arg(therapy.name.trimmed());
    auto* command = new OwnItemCommand(m_database, std::move(therapy), text);
    apply(command);
    return std::get<TherapyDefinition>(command->item());
}

QuestionnaireRecord DiaryEdits::addQuestionnaire(QuestionnaireRecord record) {
    const QString text = tr("add %1").arg(record.version());
    return push(new RecordCommand<QuestionnaireStore>(m_database, std::nullopt, record, text));
}

void DiaryEdits::deleteQuestionnaire(const QuestionnaireRecord& record) {
    apply(new RecordCommand<QuestionnaireStore>(m_database, record, std::nullopt,
                                                tr("delete %1").arg(record.version())));
}

PacingPlan DiaryEdits::addPlan(PacingPlan plan) {
    const QString text = tr("add the %1 plan").arg(plan.activityName);
    return push(new RecordCommand<PlanStore>(m_database, std::nullopt, plan, text));
}

PacingPlan DiaryEdits::changePlan(const PacingPlan& before, PacingPlan after) {
    after.uuid = before.uuid;
    const QString text = tr("change the %1 plan").arg(after.activityName);
    return push(new RecordCommand<PlanStore>(m_database, before, after, text));
}

PacingSession DiaryEdits::recordSession(const PacingPlan& plan, PacingSession session) {
    auto* command = new SessionCommand(m_database, plan.uuid, session, tr("record a session"));
    apply(command);
    return command->session();
}

TherapyTrial DiaryEdits::startTrial(TherapyTrial trial) {
    const QString text = tr("start the %1 trial").arg(trial.therapyName);
    return push(new RecordCommand<TrialStore>(m_database, std::nullopt, trial, text));
}

TherapyTrial DiaryEdits::changeTrial(const TherapyTrial& before, TherapyTrial after,
                                     const QString& text) {
    after.uuid = before.uuid;
    return push(new RecordCommand<TrialStore>(m_database, before, after, text));
}

void DiaryEdits::answerAdherence(const TherapyTrial& trial, const QDate& day,
                                 std::optional<bool> before, bool followed) {
    apply(new AdherenceCommand(m_database, trial.uuid, day, before, followed,
                               tr("answer whether you followed the trial")));
}

void DiaryEdits::recordImport(std::shared_ptr<const DiaryDocument> document,
                              const ImportedIds& added, const QString& source) {
    m_stack.pushApplied(new ImportCommand(m_database, std::move(document), added, source));
}

RestoreChanges DiaryEdits::restoreBackup(DiaryDocument backup, const QString& text) {
    RestoreChanges changes;
    // On failure the command is deleted and the error reaches the caller; when nothing changed
    // the stack drops it, so `changes` is read from here, not from the command.
    apply(new RestoreCommand(m_database, std::move(backup), text, &changes));
    return changes;
}

} // namespace painpace
