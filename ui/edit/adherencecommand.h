#pragma once

#include <QDate>
#include <QUuid>

#include <optional>

#include "editcommand.h"

namespace painpace {

class Database;

// Answering "did you follow the trial today?", undoable back to the earlier answer or to none.
// The trial is named by its uuid, looked up at each step.
class AdherenceCommand final : public EditCommand {
public:
    AdherenceCommand(const Database& database, const QUuid& trialUuid, const QDate& day,
                     std::optional<bool> before, bool followed, const QString& text);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 trialId() const;

    const Database& m_database;
    QUuid m_trialUuid;
    QDate m_day;
    std::optional<bool> m_before;
    bool m_followed;
};

} // namespace painpace
