#include "pacingplan.h"

#include <QCoreApplication>

#include "diary/validationissue.h"

namespace painpace {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("PacingPlan", text);
}
} // namespace

void validatePacingPlan(const PacingPlan& plan) {
    ValidationIssues issues;
    if (plan.activityName.trimmed().isEmpty())
        issues.append({QStringLiteral("activityName"), tr("Name the activity.")});
    try {
        computeBaseline(plan.baseline);
    } catch (const ValidationError& error) {
        issues.append(error.issues());
    }
    if (plan.weeklyIncreasePercent < kMinimumWeeklyIncrease ||
        plan.weeklyIncreasePercent > kMaximumWeeklyIncrease)
        issues.append({QStringLiteral("weeklyIncreasePercent"),
                       tr("The weekly increase must be between %1% and %2%.")
                           .arg(kMinimumWeeklyIncrease)
                           .arg(kMaximumWeeklyIncrease)});
    if (!plan.startDate.isValid())
        issues.append({QStringLiteral("startDate"), tr("Choose the day the plan starts.")});
    bool weekdaysValid = !plan.weekdays.isEmpty();
    for (qsizetype i = 0; i < plan.weekdays.size(); ++i) {
        const int day = plan.weekdays[i];
        if (day < 1 || day > 7 || (i > 0 && plan.weekdays[i - 1] >= day))
            weekdaysValid = false;
    }
    if (!weekdaysValid)
        issues.append({QStringLiteral("weekdays"), tr("Choose at least one day of the week.")});
    if (plan.boutLimit && *plan.boutLimit < unitStep(plan.unit))
        issues.append(
            {QStringLiteral("boutLimit"),
             tr("A bout must be at least %1.").arg(amountText(unitStep(plan.unit), plan.unit))});
    if (plan.restMinutes < 0 || plan.restMinutes > 60)
        issues.append(
            {QStringLiteral("restMinutes"), tr("Rests between bouts are 0 to 60 minutes.")});
    if (!plan.time.isValid())
        issues.append({QStringLiteral("time"), tr("Choose a time of day.")});
    if (!issues.isEmpty())
        throw ValidationError(issues);
}

int levelAmount(const PacingPlan& plan, int level) {
    int amount = roundToUnit(computeBaseline(plan.baseline), plan.unit);
    const double growth = 1.0 + plan.weeklyIncreasePercent / 100.0;
    for (int i = 0; i < level; ++i)
        amount = std::max(roundToUnit(amount * growth, plan.unit), amount + unitStep(plan.unit));
    return amount;
}

bool isPlannedDay(const PacingPlan& plan, const QDate& day) {
    return day >= plan.startDate && plan.weekdays.contains(day.dayOfWeek());
}

QList<QDate> plannedDays(const PacingPlan& plan, const QDate& from, const QDate& to) {
    QList<QDate> days;
    for (QDate day = std::max(from, plan.startDate); day <= to; day = day.addDays(1)) {
        if (isPlannedDay(plan, day))
            days.append(day);
    }
    return days;
}

int planWeekOf(const PacingPlan& plan, const QDate& day) {
    if (day < plan.startDate)
        return -1;
    return static_cast<int>(plan.startDate.daysTo(day) / 7);
}

QDate planWeekStart(const PacingPlan& plan, int week) {
    return plan.startDate.addDays(7LL * week);
}

QList<int> splitIntoBouts(int amount, std::optional<int> boutLimit, AmountUnit unit) {
    if (!boutLimit || amount <= *boutLimit)
        return {amount};
    const int step = unitStep(unit);
    const int units = amount / step;
    const int bouts = (amount + *boutLimit - 1) / *boutLimit;
    QList<int> split;
    for (int i = 0; i < bouts; ++i) {
        // Spread the units evenly; earlier bouts take the remainder.
        const int share = units / bouts + (i < units % bouts ? 1 : 0);
        split.append(share * step);
    }
    return split;
}

} // namespace painpace
