#include "trialsummary.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace painpace {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("TrialSummary", text);
}

QString number(double value, int decimals = 1) {
    return QLocale().toString(value, 'f', decimals);
}

QString percent(double probability) {
    return QLocale().toString(std::round(probability * 100.0), 'f', 0) + u'%';
}

QString variant(const TherapyTrial& trial, const TrialResult& result) {
    if (!result.enough)
        return tr("not enough data");
    Q_UNUSED(trial);
    return tr("%1 (95% interval %2 to %3), %4 chance of at least the meaningful difference")
        .arg(number(result.meanImprovement), number(result.low), number(result.high),
             percent(result.probabilityMeaningful));
}

} // namespace

QString trialHeadline(const TherapyTrial& trial, const TrialResult& result) {
    const int paired = static_cast<int>(result.improvements.size());
    if (!result.enough)
        return tr("Not enough data yet: %1 of the %2 cycles have diary entries in both their "
                  "periods, and a result needs %3. Keep checking in; nothing is guessed.")
            .arg(paired)
            .arg(trial.cycles)
            .arg(kFewestPairedCycles);
    const QString outcome = outcomeNoun(trial.outcome);
    const QString unit = outcomeUnit(trial.outcome);
    const double size = std::abs(result.meanImprovement);
    QString what;
    if (size < 0.05)
        what = tr("%1 made about no difference to your %2 compared with %3.")
                   .arg(trial.therapyName, outcome, comparisonName(trial));
    else if (result.meanImprovement > 0)
        what = (higherIsBetter(trial.outcome)
                    ? tr("%1 raised your %2 by about %3 %4 compared with %5.")
                    : tr("%1 lowered your %2 by about %3 %4 compared with %5."))
                   .arg(trial.therapyName, outcome, number(size), unit, comparisonName(trial));
    else
        what = (higherIsBetter(trial.outcome)
                    ? tr("Your %2 was about %3 %4 lower with %1 than with %5.")
                    : tr("Your %2 was about %3 %4 higher with %1 than with %5."))
                   .arg(trial.therapyName, outcome, number(size), unit, comparisonName(trial));
    return tr("%1 %2 chance that the benefit is at least %3 %4.")
        .arg(what, percent(result.probabilityMeaningful), number(trial.meaningfulDifference), unit);
}

QString trialMethodDetails(const TherapyTrial& trial, const TrialResult& main,
                           const TrialResult& withoutCarryOver, const TrialResult& followedOnly) {
    QStringList lines;
    lines << tr("Each period's outcome is the mean of its days with diary entries; A and B are "
                "compared within each cycle (days in one period are not independent), giving "
                "one difference per cycle: %1.")
                 .arg(main.improvements.isEmpty() ? tr("none yet") : [&] {
                     QStringList values;
                     for (double d : main.improvements)
                         values << number(d, 2);
                     return values.join(QStringLiteral(", "));
                 }());
    if (main.enough) {
        const auto n = main.improvements.size();
        lines << tr("Mean difference %1, 95% interval %2 to %3 (Student t, %4 degrees of "
                    "freedom).")
                     .arg(number(main.meanImprovement, 2), number(main.low, 2),
                          number(main.high, 2))
                     .arg(n - 1);
        lines << tr("Randomization test over all %1 AB/BA orders: p = %2 (two-sided). With so "
                    "few cycles p cannot be small; it is shown for completeness.")
                     .arg(1 << n)
                     .arg(number(main.randomizationP, 3));
        lines << tr("Probability of at least %1 better: %2, from a Bayesian model (normal "
                    "differences, flat priors, so a Student t posterior). The headline uses "
                    "this probability.")
                     .arg(number(trial.meaningfulDifference), percent(main.probabilityMeaningful));
    }
    lines << QCoreApplication::translate(
                 "TrialSummary", "Without the first %n day(s) after each switch (carry-over): %1.",
                 nullptr, carryOverDays(trial.periodDays))
                 .arg(variant(trial, withoutCarryOver));
    lines << tr("Days the assigned therapy was not followed: %1. Leaving them out: %2.")
                 .arg(main.daysNotFollowed)
                 .arg(variant(trial, followedOnly));
    return lines.join(QLatin1Char('\n'));
}

} // namespace painpace
