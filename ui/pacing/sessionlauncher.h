#pragma once

#include <QDate>
#include <QJsonObject>

#include <functional>
#include <optional>

#include "pacing/pacingplan.h"

class QWidget;

namespace painpace {

class EditStack;

class Database;
class SessionRunner;

// Opens the session runner for a plan's session on `day` at the level the plan is at then, and
// records the session as an undoable step when the person saves it. While it runs, the session
// is kept as a draft; an interrupted one for the same plan and day is taken up again. `prepare` may
// adjust the runner before it shows (tests use it to run on simulated time and finish the session).
// Returns true when a session was recorded.
bool runPacingSession(QWidget* parent, const Database& database, EditStack& undoStack,
                      const PacingPlan& plan, const QDate& day,
                      const std::function<void(SessionRunner&)>& prepare = {});

// A session that was running when PainPace stopped, kept as a draft while it ran.
struct InterruptedSession {
    PacingPlan plan;
    QDate day;
    QJsonObject progress;
};
// runPacingSession() for the same plan and day takes it up again.
std::optional<InterruptedSession> interruptedSession(const Database& database);

// The amount a plan asks for on `day`, after reviewing the weeks that have ended.
int plannedAmountOn(const Database& database, const PacingPlan& plan, const QDate& day);

} // namespace painpace
