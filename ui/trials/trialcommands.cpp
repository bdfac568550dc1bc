#include "trialcommands.h"

#include <QApplication>

#include "storage/trialrepository.h"

namespace painpace {

TrialCommand::TrialCommand(const Database& database, std::optional<TherapyTrial> before,
                           TherapyTrial after, const QString& text)
    : AppliedCommand(text)
    , m_database(database)
    , m_before(std::move(before))
    , m_after(std::move(after)) {}

TrialCommand* TrialCommand::add(const Database& database, TherapyTrial& trial) {
    auto* command = appliedOrDiscarded(new TrialCommand(
        database, std::nullopt, trial,
        QApplication::translate("TrialCommand", "start the %1 trial").arg(trial.therapyName)));
    trial = command->m_after;
    return command;
}

TrialCommand* TrialCommand::change(const Database& database, const TherapyTrial& before,
                                   TherapyTrial after, const QString& text) {
    return appliedOrDiscarded(new TrialCommand(database, before, std::move(after), text));
}

void TrialCommand::apply() {
    if (!m_before)
        m_after.id = 0; // added again after an undo: a fresh row with the same uuid
    TrialRepository(m_database).save(m_after);
}

void TrialCommand::revert() {
    if (m_before)
        TrialRepository(m_database).save(*m_before);
    else
        TrialRepository(m_database).remove(m_after.id);
}

AdherenceCommand::AdherenceCommand(const Database& database, qint64 trialId, const QDate& day,
                                   std::optional<bool> before, bool followed)
    : AppliedCommand(QApplication::translate("AdherenceCommand", "answer whether you followed "
                                                                 "the trial"))
    , m_database(database)
    , m_trialId(trialId)
    , m_day(day)
    , m_before(before)
    , m_followed(followed) {}

AdherenceCommand* AdherenceCommand::answer(const Database& database, qint64 trialId,
                                           const QDate& day, std::optional<bool> before,
                                           bool followed) {
    return appliedOrDiscarded(new AdherenceCommand(database, trialId, day, before, followed));
}

void AdherenceCommand::apply() {
    TrialRepository(m_database).setFollowed(m_trialId, m_day, m_followed);
}

void AdherenceCommand::revert() {
    if (m_before)
        TrialRepository(m_database).setFollowed(m_trialId, m_day, *m_before);
    else
        TrialRepository(m_database).clearFollowed(m_trialId, m_day);
}

} // namespace painpace
