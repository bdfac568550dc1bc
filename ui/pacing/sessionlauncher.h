#pragma once

#include <QDate>

#include <functional>

#include "pacing/pacingplan.h"

class QWidget;

namespace painpace {

class EditStack;

class Database;
class SessionRunner;

// Opens the session runner for a plan's session on `day` at the level the plan is at then, and
// records the session as an undoable step when the person saves it. `prepare` may adjust the
// runner before it shows (tests use it to run on simulated time and finish the session).
// Returns true when a session was recorded.
bool runPacingSession(QWidget* parent, const Database& database, EditStack& undoStack,
                      const PacingPlan& plan, const QDate& day,
                      const std::function<void(SessionRunner&)>& prepare = {});

// The amount a plan asks for on `day`, after reviewing the weeks that have ended.
int plannedAmountOn(const Database& database, const PacingPlan& plan, const QDate& day);

} // namespace painpace
