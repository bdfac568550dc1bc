#include "pacingsession.h"

#include <QCoreApplication>

#include "diary/validationissue.h"

namespace painpace {

void validatePacingSession(const PacingSession& session) {
    auto tr = [](const char* text) {
        return QCoreApplication::translate("PacingSession", text);
    };
    ValidationIssues issues;
    if (session.planId <= 0)
        issues.append({QStringLiteral("planId"), tr("A session belongs to a plan.")});
    if (!session.plannedDay.isValid())
        issues.append({QStringLiteral("plannedDay"), tr("Choose the day of the session.")});
    if (!session.started.isValid())
        issues.append({QStringLiteral("started"), tr("The session needs a start time.")});
    if (session.plannedAmount <= 0)
        issues.append({QStringLiteral("plannedAmount"), tr("The planned amount must be above 0.")});
    if (session.doneAmount < 0 || session.doneAmount > 100000)
        issues.append({QStringLiteral("doneAmount"), tr("The amount done must be 0 or more.")});
    const std::pair<const char*, std::optional<int>> scales[] = {{"painBefore", session.painBefore},
                                                                 {"painAfter", session.painAfter},
                                                                 {"exertion", session.exertion}};
    for (const auto& [field, value] : scales) {
        if (value && (*value < 0 || *value > 10))
            issues.append({QString::fromLatin1(field), tr("Choose a value from 0 to 10.")});
    }
    if (!issues.isEmpty())
        throw ValidationError(issues);
}

} // namespace painpace
