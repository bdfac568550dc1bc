#include "pacingchart.h"

#include <QCoreApplication>
#include <QLocale>

#include "chartpoints.h"

namespace painpace {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("PacingChart", text);
}

struct WeekTotals {
    QDate start;
    int planned = 0;
    int done = 0;
    const PlanLevel* level = nullptr;
};

QList<WeekTotals> weekTotals(const PlanProgress& progress) {
    QList<WeekTotals> weeks;
    const int lastWeek = planWeekOf(progress.plan, progress.today);
    for (int week = 0; week <= lastWeek; ++week) {
        WeekTotals totals;
        totals.start = planWeekStart(progress.plan, week);
        for (const PlanLevel& level : progress.levels) {
            if (level.week <= week)
                totals.level = &level;
        }
        const int amount = totals.level ? totals.level->amount : levelAmount(progress.plan, 0);
        totals.planned =
            amount * static_cast<int>(
                         plannedDays(progress.plan, totals.start, totals.start.addDays(6)).size());
        for (const PacingSession& session : progress.sessions) {
            if (planWeekOf(progress.plan, session.plannedDay) == week)
                totals.done += session.doneAmount;
        }
        weeks.append(totals);
    }
    return weeks;
}

ChartLine markers(const QString& name, const QColor& colour) {
    ChartLine line;
    line.name = name;
    line.colour = colour;
    line.style = ChartLine::Style::Markers;
    return line;
}

} // namespace

ChartModel pacingChartModel(const PlanProgress& progress) {
    ChartModel model;
    const QString unit = unitName(progress.plan.unit);
    model.title = tr("%1: planned and done per week").arg(progress.plan.activityName);
    model.yTitle = tr("%1 a week").arg(unit);
    model.yTitle[0] = model.yTitle[0].toUpper();
    const QList<WeekTotals> weeks = weekTotals(progress);
    if (weeks.size() < 2) {
        model.emptyMessage = tr("This chart fills in from the plan's second week: planned and "
                                "done per week, with every change of level and why.");
        return model;
    }
    ChartLine planned;
    planned.name = tr("Planned");
    planned.colour = chartcolours::kBlue;
    ChartLine done;
    done.name = tr("Done");
    done.colour = chartcolours::kOrange;
    ChartLine doneDots = done;
    doneDots.style = ChartLine::Style::Dots;
    doneDots.name.clear();
    ChartLine changes = markers(tr("Weekly review (point at it for why)"), chartcolours::kPurple);
    double top = 1.0;
    for (const WeekTotals& week : weeks) {
        const double x = dayX(week.start);
        planned.points.append({x, static_cast<double>(week.planned)});
        done.points.append({x, static_cast<double>(week.done)});
        doneDots.points.append(done.points.last());
        top = std::max({top, static_cast<double>(week.planned), static_cast<double>(week.done)});
        if (week.level && week.level->change != LevelChange::Start &&
            week.level->week == planWeekOf(progress.plan, week.start)) {
            changes.points.append({x, static_cast<double>(week.planned)});
            changes.pointLabels.append(week.level->reason);
        }
    }
    top = niceTop(top);
    ChartLine flares = markers(tr("Flare"), chartcolours::kVermillion);
    for (const DailySummary& day : progress.summaries) {
        if (day.flare) {
            flares.points.append({dayX(day.day), top});
            flares.pointLabels.append(
                tr("Flare on %1").arg(QLocale().toString(day.day, QLocale::ShortFormat)));
        }
    }
    ChartLine booms = markers(tr("Far over plan, then worse"), chartcolours::kYellow);
    for (const BoomBustDay& boom : progress.boomBust) {
        booms.points.append({dayX(boom.day), top * 0.94});
        booms.pointLabels.append(tr("%1: %2 done of %3 planned, then %4 on %5")
                                     .arg(QLocale().toString(boom.day, QLocale::ShortFormat),
                                          amountText(boom.done, progress.plan.unit),
                                          amountText(boom.planned, progress.plan.unit),
                                          boom.flare ? tr("a flare") : tr("more pain"),
                                          QLocale().toString(boom.bustDay, QLocale::ShortFormat)));
    }
    model.lines << planned << done << doneDots;
    for (const ChartLine* line : {&changes, &flares, &booms}) {
        if (!line->points.isEmpty())
            model.lines.append(*line);
    }
    model.yRange = {0.0, top};
    model.dateRange = std::pair{dayX(weeks.first().start) - 2 * 86400000.0,
                                dayX(weeks.last().start) + 8 * 86400000.0};
    return model;
}

ChartTable pacingTable(const PlanProgress& progress) {
    ChartTable table;
    table.headers = {tr("Week of"), tr("Planned"), tr("Done"), tr("Each session"), tr("Why")};
    const QList<WeekTotals> weeks = weekTotals(progress);
    const QLocale locale;
    for (auto week = weeks.crbegin(); week != weeks.crend(); ++week) {
        table.rows.append(
            {locale.toString(week->start, QLocale::ShortFormat),
             amountText(week->planned, progress.plan.unit),
             amountText(week->done, progress.plan.unit),
             week->level ? amountText(week->level->amount, progress.plan.unit) : QString(),
             week->level ? week->level->reason : QString()});
    }
    return table;
}

} // namespace painpace
