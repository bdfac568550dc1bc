#pragma once

#include <QDate>

#include <optional>

#include "common/appliedcommand.h"
#include "trials/therapytrial.h"

namespace painpace {

class Database;

// Starting a trial, or changing one (pause, resume, abandon, finish), as an undoable step.
class TrialCommand : public AppliedCommand {
public:
    static TrialCommand* add(const Database& database, TherapyTrial& trial);
    static TrialCommand* change(const Database& database, const TherapyTrial& before,
                                TherapyTrial after, const QString& text);

protected:
    void apply() override;
    void revert() override;

private:
    TrialCommand(const Database& database, std::optional<TherapyTrial> before, TherapyTrial after,
                 const QString& text);

    const Database& m_database;
    std::optional<TherapyTrial> m_before;
    TherapyTrial m_after;
};

// Answering "did you follow it today?", undoable back to the earlier answer or none.
class AdherenceCommand : public AppliedCommand {
public:
    static AdherenceCommand* answer(const Database& database, qint64 trialId, const QDate& day,
                                    std::optional<bool> before, bool followed);

protected:
    void apply() override;
    void revert() override;

private:
    AdherenceCommand(const Database& database, qint64 trialId, const QDate& day,
                     std::optional<bool> before, bool followed);

    const Database& m_database;
    qint64 m_trialId;
    QDate m_day;
    std::optional<bool> m_before;
    bool m_followed;
};

} // namespace painpace
