#include "exposurechart.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace painpace {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ExposureChart", text);
}

QString signedNumber(double value) {
    const QString text = QLocale().toString(value, 'f', 1);
    return value > 0.0 ? QStringLiteral("+") + text : text;
}

QString describe(const stats::ExposureEffect& effect, const QString& name) {
    const stats::MeanDifference& d = effect.difference;
    const QLocale locale;
    return tr("%1: %2 points (95% interval %3 to %4)\nmean pain %5 on %6 days with it, %7 on %8 "
              "days without")
        .arg(name, signedNumber(d.difference), signedNumber(d.low), signedNumber(d.high),
             locale.toString(d.meanWith, 'f', 1))
        .arg(d.nWith)
        .arg(locale.toString(d.meanWithout, 'f', 1))
        .arg(d.nWithout);
}

QString nameOf(const QHash<QString, QString>& names, const QString& code) {
    return names.value(code, code);
}

} // namespace

ChartModel exposureChartModel(const QList<stats::ExposureEffect>& effects,
                              const QHash<QString, QString>& names, ExposureKind kind,
                              int lagDays) {
    ChartModel model;
    const bool triggers = kind == ExposureKind::Triggers;
    if (triggers)
        model.title = lagDays == 0 ? tr("Pain on days with each trigger (associated, not proof "
                                        "of cause)")
                                   : tr("Pain the day after each trigger (associated, not proof "
                                        "of cause)");
    else
        model.title = lagDays == 0 ? tr("Pain on days with each therapy (associated, not proof "
                                        "of effect)")
                                   : tr("Pain the day after each therapy (associated, not proof "
                                        "of effect)");
    model.dateAxis = false;
    model.xTitle = tr("Difference in mean pain, with its 95% interval (points)");
    if (effects.isEmpty()) {
        model.emptyMessage =
            triggers ? tr("Not enough data yet: a trigger is listed once there are at least 3 "
                          "days with it and 3 without, each with a pain score.")
                     : tr("Not enough data yet: a therapy is listed once there are at least 3 "
                          "days with it and 3 without, each with a pain score.");
        return model;
    }
    const auto shown = std::min<qsizetype>(effects.size(), kMostExposuresDrawn);
    ChartLine moreIntervals;
    ChartLine lessIntervals;
    ChartLine more;
    more.name = tr("More pain");
    more.colour = chartcolours::kVermillion;
    more.style = ChartLine::Style::Markers;
    ChartLine less = more;
    less.name = tr("Less pain");
    less.colour = chartcolours::kBlue;
    moreIntervals.colour = more.colour;
    lessIntervals.colour = less.colour;
    double extent = 1.0;
    for (qsizetype rank = 0; rank < shown; ++rank) {
        const stats::ExposureEffect& effect = effects[rank];
        const stats::MeanDifference& d = effect.difference;
        const double row = static_cast<double>(shown - 1 - rank); // largest effect on top
        const QString name = nameOf(names, effect.code);
        model.yCategories.prepend(tr("%1 (%2/%3 days)").arg(name).arg(d.nWith).arg(d.nWithout));
        const bool higher = d.difference > 0.0;
        ChartLine& dots = higher ? more : less;
        ChartLine& intervals = higher ? moreIntervals : lessIntervals;
        dots.points.append({d.difference, row});
        dots.pointLabels.append(describe(effect, name));
        if (!intervals.points.isEmpty())
            intervals.segmentStarts.append(static_cast<int>(intervals.points.size()));
        intervals.points << QPointF(d.low, row) << QPointF(d.high, row);
        extent = std::max({extent, std::abs(d.low), std::abs(d.high)});
    }
    extent = std::ceil(extent);
    model.xRange = {-extent, extent};
    model.yRange = {-0.5, static_cast<double>(shown) - 0.5};
    ChartLine zero;
    zero.name = tr("No difference");
    zero.colour = chartcolours::kGrey;
    zero.pen = Qt::DashLine;
    zero.points = {{0.0, -0.5}, {0.0, static_cast<double>(shown) - 0.5}};
    model.lines << zero << moreIntervals << lessIntervals;
    for (const ChartLine* dots : {&more, &less}) {
        if (!dots->points.isEmpty())
            model.lines.append(*dots);
    }
    return model;
}

ChartTable exposureTable(const QList<stats::ExposureEffect>& effects,
                         const QHash<QString, QString>& names) {
    ChartTable table;
    table.headers = {
        tr("Name"),           tr("Difference"), tr("95% interval from"), tr("95% interval to"),
        tr("Mean pain with"), tr("Days with"),  tr("Mean pain without"), tr("Days without")};
    const QLocale locale;
    for (const stats::ExposureEffect& effect : effects) {
        const stats::MeanDifference& d = effect.difference;
        table.rows.append({nameOf(names, effect.code), signedNumber(d.difference),
                           signedNumber(d.low), signedNumber(d.high),
                           locale.toString(d.meanWith, 'f', 1), QString::number(d.nWith),
                           locale.toString(d.meanWithout, 'f', 1), QString::number(d.nWithout)});
    }
    return table;
}

} // namespace painpace
