#pragma once

#include <QList>

#include <optional>

#include "pacingactivity.h"

namespace painpace {

// A session as the runner walks through it: bouts with rests between them.
struct SessionPhase {
    enum class Kind { Bout, Rest };
    Kind kind = Kind::Bout;
    int index = 0;   // the bout's number from 0 (a rest has the bout before it)
    int amount = 0;  // the bout's amount in the plan's unit; a rest's minutes
    int seconds = 0; // how long the phase lasts; 0 for a counted bout, done when said so
};

// Bouts of minutes last their minutes; bouts counted in repetitions, steps or laps last until the
// person says they are done. A rest of 0 minutes leaves no rest phase.
QList<SessionPhase> sessionPhases(const QList<int>& bouts, int restMinutes, AmountUnit unit);

// Where a timed session stands after `elapsedSeconds` (of time actually running, pauses left
// out): the phase and the seconds left in it, or nothing once every phase is over. A counted bout
// holds the position until it is marked done (pass the phases after it).
struct PhasePosition {
    qsizetype phase = 0;
    int secondsLeft = 0;
};
std::optional<PhasePosition> phaseAt(const QList<SessionPhase>& phases, qsizetype firstPhase,
                                     qint64 elapsedSeconds);

} // namespace painpace
