#include "trialchart.h"

#include <QCoreApplication>
#include <QLocale>

#include "chartpoints.h"

namespace painpace {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("TrialChart", text);
}

QString armName(const TherapyTrial& trial, TrialArm arm) {
    switch (arm) {
    case TrialArm::A:
        return trial.therapyName;
    case TrialArm::B:
        return comparisonName(trial);
    case TrialArm::Baseline:
        break;
    }
    return tr("Baseline");
}

QColor armColour(TrialArm arm) {
    switch (arm) {
    case TrialArm::A:
        return chartcolours::kBlue;
    case TrialArm::B:
        return chartcolours::kOrange;
    case TrialArm::Baseline:
        break;
    }
    return chartcolours::kGrey;
}

std::pair<double, double> outcomeRange(TrialOutcome outcome,
                                       const QHash<QDate, TrialDayRecord>& days) {
    if (outcome == TrialOutcome::Pain || outcome == TrialOutcome::SleepQuality ||
        outcome == TrialOutcome::Fatigue)
        return {0.0, 10.0};
    double top = 1.0;
    for (const TrialDayRecord& day : days)
        top = std::max(top, day.outcome.value_or(0.0));
    return {0.0, niceTop(top)};
}

constexpr double kHalfDay = 12.0 * 60 * 60 * 1000;

} // namespace

ChartModel trialChartModel(const TherapyTrial& trial, const QList<TrialPeriod>& schedule,
                           const QHash<QDate, TrialDayRecord>& days, const TrialResult& result) {
    ChartModel model;
    model.title = tr("%1 against %2: %3 each day")
                      .arg(trial.therapyName, comparisonName(trial), outcomeName(trial.outcome));
    model.yTitle = outcomeName(trial.outcome);
    model.yTitle[0] = model.yTitle[0].toUpper();
    model.yRange = outcomeRange(trial.outcome, days);
    ChartLine daily;
    daily.name = tr("Each day");
    daily.style = ChartLine::Style::Dots;
    daily.colour = chartcolours::kPurple;
    ChartLine means;
    means.name = tr("Period mean");
    means.colour = chartcolours::kVermillion;
    QSet<TrialArm> named;
    for (qsizetype p = 0; p < schedule.size(); ++p) {
        const TrialPeriod& period = schedule[p];
        ChartBand shade;
        shade.colour = armColour(period.arm);
        shade.opacity = 0.16;
        // Named once per arm, so the legend has one entry for each.
        if (!named.contains(period.arm)) {
            shade.name = armName(trial, period.arm);
            named.insert(period.arm);
        }
        const double left = dayX(period.days.first()) - kHalfDay;
        const double right = dayX(period.days.last()) + kHalfDay;
        shade.lower = {{left, model.yRange.first}, {right, model.yRange.first}};
        shade.upper = {{left, model.yRange.second}, {right, model.yRange.second}};
        model.bands.append(shade);
        for (const QDate& day : period.days) {
            const auto outcome = days.value(day).outcome;
            if (!outcome)
                continue;
            daily.points.append({dayX(day), *outcome});
            daily.pointLabels.append(tr("%1 (%2): %3")
                                         .arg(QLocale().toString(day, QLocale::ShortFormat),
                                              armName(trial, period.arm),
                                              QLocale().toString(*outcome, 'f', 1)));
        }
        if (const auto mean = result.periodMeans.value(p)) {
            if (!means.points.isEmpty())
                means.segmentStarts.append(static_cast<int>(means.points.size()));
            means.points << QPointF(left, *mean) << QPointF(right, *mean);
        }
    }
    if (daily.points.isEmpty()) {
        model.emptyMessage = tr("No diary entries in the trial's days yet. Check in as usual: "
                                "the trial reads its outcome from your diary.");
        return model;
    }
    model.lines << daily << means;
    model.dateRange =
        std::pair{model.bands.first().lower.first().x(), model.bands.last().lower.last().x()};
    return model;
}

ChartTable trialTable(const TherapyTrial& trial, const QList<TrialPeriod>& schedule,
                      const QHash<QDate, TrialDayRecord>& days) {
    ChartTable table;
    table.headers = {tr("Date"), tr("Period"), tr("Arm"), outcomeName(trial.outcome),
                     tr("Followed")};
    const QLocale locale;
    for (qsizetype p = 0; p < schedule.size(); ++p) {
        for (const QDate& day : schedule[p].days) {
            const TrialDayRecord record = days.value(day);
            table.rows.append(
                {locale.toString(day, QLocale::ShortFormat), QString::number(p + 1),
                 armName(trial, schedule[p].arm),
                 record.outcome ? locale.toString(*record.outcome, 'f', 1) : QString(),
                 record.followed ? (*record.followed ? tr("yes") : tr("no")) : QString()});
        }
    }
    return table;
}

} // namespace painpace
