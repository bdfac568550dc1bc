#include "sessionphases.h"

namespace painpace {

QList<SessionPhase> sessionPhases(const QList<int>& bouts, int restMinutes, AmountUnit unit) {
    QList<SessionPhase> phases;
    for (qsizetype i = 0; i < bouts.size(); ++i) {
        const int seconds = unit == AmountUnit::Minutes ? bouts[i] * 60 : 0;
        phases.append({SessionPhase::Kind::Bout, static_cast<int>(i), bouts[i], seconds});
        if (i + 1 < bouts.size() && restMinutes > 0)
            phases.append(
                {SessionPhase::Kind::Rest, static_cast<int>(i), restMinutes, restMinutes * 60});
    }
    return phases;
}

std::optional<PhasePosition> phaseAt(const QList<SessionPhase>& phases, qsizetype firstPhase,
                                     qint64 elapsedSeconds) {
    qint64 remaining = elapsedSeconds;
    for (qsizetype i = firstPhase; i < phases.size(); ++i) {
        if (phases[i].seconds == 0)
            return PhasePosition{i, 0}; // counted: waits for the person
        if (remaining < phases[i].seconds)
            return PhasePosition{i, static_cast<int>(phases[i].seconds - remaining)};
        remaining -= phases[i].seconds;
    }
    return std::nullopt;
}

} // namespace painpace
