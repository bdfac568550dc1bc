#include "therapytrial.h"

#include <QCoreApplication>

#include "diary/validationissue.h"

namespace painpace {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("TherapyTrial", text);
}
} // namespace

bool higherIsBetter(TrialOutcome outcome) {
    return outcome == TrialOutcome::SleepQuality;
}

void validateTherapyTrial(const TherapyTrial& trial) {
    ValidationIssues issues;
    if (trial.therapyCode.isEmpty())
        issues.append({QStringLiteral("therapyCode"), tr("Choose the therapy to try.")});
    if (trial.comparison == TrialComparison::OtherTherapy &&
        (trial.otherTherapyCode.isEmpty() || trial.otherTherapyCode == trial.therapyCode))
        issues.append({QStringLiteral("otherTherapyCode"),
                       tr("Choose a different therapy to compare with.")});
    if (trial.periodDays < kShortestTrialPeriod || trial.periodDays > kLongestTrialPeriod)
        issues.append({QStringLiteral("periodDays"), tr("A period lasts %1 to %2 days.")
                                                         .arg(kShortestTrialPeriod)
                                                         .arg(kLongestTrialPeriod)});
    if (trial.cycles < kFewestTrialCycles || trial.cycles > kMostTrialCycles)
        issues.append(
            {QStringLiteral("cycles"),
             tr("A trial has %1 to %2 cycles.").arg(kFewestTrialCycles).arg(kMostTrialCycles)});
    if (!(trial.meaningfulDifference > 0.0))
        issues.append({QStringLiteral("meaningfulDifference"),
                       tr("The difference that matters must be more than 0.")});
    if (!trial.startDate.isValid())
        issues.append({QStringLiteral("startDate"), tr("Choose the day the trial starts.")});
    for (const TrialPause& pause : trial.pauses) {
        if (!pause.from.isValid() || pause.days < 1 || pause.days > 365 ||
            (trial.startDate.isValid() && pause.from < trial.startDate)) {
            issues.append({QStringLiteral("pauses"),
                           tr("A pause starts during the trial and lasts 1 to 365 days.")});
            break;
        }
    }
    if (!issues.isEmpty())
        throw ValidationError(issues);
}

QString comparisonName(const TherapyTrial& trial) {
    if (trial.comparison == TrialComparison::OtherTherapy)
        return trial.otherTherapyName;
    return tr(labelOf<TrialComparison>(kTrialComparisonCodes, trial.comparison));
}

QString outcomeName(TrialOutcome outcome) {
    return tr(labelOf<TrialOutcome>(kTrialOutcomeCodes, outcome));
}

QString outcomeNoun(TrialOutcome outcome) {
    switch (outcome) {
    case TrialOutcome::Pain:
        return tr("pain");
    case TrialOutcome::Spasms:
        return tr("spasms");
    case TrialOutcome::StiffnessMinutes:
        return tr("morning stiffness");
    case TrialOutcome::SleepQuality:
        return tr("sleep quality");
    case TrialOutcome::Fatigue:
        break;
    }
    return tr("fatigue");
}

QString outcomeUnit(TrialOutcome outcome) {
    switch (outcome) {
    case TrialOutcome::Spasms:
        return tr("spasms a day");
    case TrialOutcome::StiffnessMinutes:
        return tr("minutes");
    default:
        return tr("points");
    }
}

} // namespace painpace
