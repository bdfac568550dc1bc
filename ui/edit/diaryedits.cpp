#include "diaryedits.h"

#include "adherencecommand.h"
#include "editstack.h"
#include "exchange/importcommand.h"
#include "recordcommand.h"
#include "recordstores.h"
#include "sessioncommand.h"

namespace painpace {

namespace {

// Applies and pushes a record command; returns the record as stored.
template <typename Store>
typename Store::Record push(EditStack& stack, RecordCommand<Store>* command) {
    stack.apply(command);
    return *command->after();
}

} // namespace

DiaryEdits::DiaryEdits(const Database& database, EditStack& stack)
    : m_database(database)
    , m_stack(stack) {}

CheckIn DiaryEdits::saveCheckIn(const std::optional<CheckIn>& before, CheckIn after,
                                const QString& text) {
    if (before)
        after.uuid = before->uuid; // the same record, whatever the editor kept of its identity
    return push(m_stack, new RecordCommand<CheckInStore>(m_database, before, after, text));
}

void DiaryEdits::deleteCheckIn(const CheckIn& entry) {
    m_stack.apply(
        new RecordCommand<CheckInStore>(m_database, entry, std::nullopt, tr("delete check-in")));
}

CheckIn DiaryEdits::duplicateCheckIn(const CheckIn& entry, const DiaryMoment& moment) {
    CheckIn copy = entry;
    copy.id = 0;
    copy.uuid = QUuid();
    copy.moment = moment;
    return push(m_stack, new RecordCommand<CheckInStore>(m_database, std::nullopt, copy,
                                                         tr("duplicate check-in")));
}

QuestionnaireRecord DiaryEdits::addQuestionnaire(QuestionnaireRecord record) {
    const QString text = tr("add %1").arg(record.version());
    return push(m_stack,
                new RecordCommand<QuestionnaireStore>(m_database, std::nullopt, record, text));
}

void DiaryEdits::deleteQuestionnaire(const QuestionnaireRecord& record) {
    m_stack.apply(new RecordCommand<QuestionnaireStore>(m_database, record, std::nullopt,
                                                        tr("delete %1").arg(record.version())));
}

PacingPlan DiaryEdits::addPlan(PacingPlan plan) {
    const QString text = tr("add the %1 plan").arg(plan.activityName);
    return push(m_stack, new RecordCommand<PlanStore>(m_database, std::nullopt, plan, text));
}

PacingPlan DiaryEdits::changePlan(const PacingPlan& before, PacingPlan after) {
    after.uuid = before.uuid;
    const QString text = tr("change the %1 plan").arg(after.activityName);
    return push(m_stack, new RecordCommand<PlanStore>(m_database, before, after, text));
}

PacingSession DiaryEdits::recordSession(const PacingPlan& plan, PacingSession session) {
    auto* command = new SessionCommand(m_database, plan.uuid, session, tr("record a session"));
    m_stack.apply(command);
    return command->session();
}

TherapyTrial DiaryEdits::startTrial(TherapyTrial trial) {
    const QString text = tr("start the %1 trial").arg(trial.therapyName);
    return push(m_stack, new RecordCommand<TrialStore>(m_database, std::nullopt, trial, text));
}

TherapyTrial DiaryEdits::changeTrial(const TherapyTrial& before, TherapyTrial after,
                                     const QString& text) {
    after.uuid = before.uuid;
    return push(m_stack, new RecordCommand<TrialStore>(m_database, before, after, text));
}

void DiaryEdits::answerAdherence(const TherapyTrial& trial, const QDate& day,
                                 std::optional<bool> before, bool followed) {
    m_stack.apply(new AdherenceCommand(m_database, trial.uuid, day, before, followed,
                                       tr("answer whether you followed the trial")));
}

void DiaryEdits::recordImport(std::shared_ptr<const DiaryDocument> document,
                              const ImportedIds& added, const QString& source) {
    m_stack.pushApplied(new ImportCommand(m_database, std::move(document), added, source));
}

} // namespace painpace
