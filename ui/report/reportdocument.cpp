#include "reportdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QTextCursor>
#include <QTextDocument>

#include "bodymap/bodyregioncatalogue.h"
#include "reportfigures.h"
#include "trials/trialsummary.h"

namespace painpace {

namespace {

QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("ReportDocument", text, nullptr, n);
}

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

QString number(double value, int decimals = 1) {
    return QLocale().toString(value, 'f', decimals);
}

QString day(const QDate& date) {
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

QString row(const QString& label, const QString& value) {
    return QStringLiteral("<tr><td class='label'>%1</td><td>%2</td></tr>").arg(label, value);
}

QString placeholder(ReportFigures::Figure figure) {
    return QStringLiteral("[[figure:%1]]").arg(static_cast<int>(figure));
}

QString redFlagsBox(const ClinicianReport& report) {
    if (report.redFlags.isEmpty())
        return {};
    QString items;
    for (const RedFlagEntry& entry : report.redFlags) {
        QStringList flags;
        for (RedFlag flag : entry.flags)
            flags.append(
                esc(QCoreApplication::translate("RedFlag", redFlagInfo(flag).description)));
        items += QStringLiteral("<p><b>%1:</b> %2</p>")
                     .arg(day(entry.day), flags.join(QStringLiteral("; ")));
    }
    return QStringLiteral("<table class='warning' width='100%' border='3' cellspacing='0' "
                          "cellpadding='6' bgcolor='#eeeeee'><tr><td>"
                          "<p class='warninghead'>⚠ %1</p>%2<p>%3</p></td></tr></table>")
        .arg(tr("WARNING SIGNS RECORDED — please review"), items,
             tr("The person recorded these signs, which can need urgent medical attention."));
}

QString trendText(const PainSummary& pain) {
    const QString halves =
        pain.firstHalfAverage && pain.secondHalfAverage
            ? tr(" (%1 in the first half, %2 in the second)")
                  .arg(number(*pain.firstHalfAverage), number(*pain.secondHalfAverage))
            : QString();
    switch (pain.trend) {
    case PainTrend::Better:
        return tr("better") + halves;
    case PainTrend::Worse:
        return tr("worse") + halves;
    case PainTrend::AboutTheSame:
        return tr("about the same") + halves;
    case PainTrend::NotEnoughData:
        break;
    }
    return tr("not enough entries in each half to tell");
}

QString painRows(const ClinicianReport& report) {
    const PainSummary& pain = report.pain;
    QString rows = row(tr("Entries"), tr("%1 check-ins on %2 of %3 days")
                                          .arg(pain.checkIns)
                                          .arg(pain.daysWithEntries)
                                          .arg(report.periodDays()));
    if (!pain.average)
        return rows + row(tr("Pain (0–10)"), tr("no entries in this period"));
    rows += row(tr("Pain (0–10)"),
                tr("average <b>%1</b>, worst <b>%2</b>; days with a mean of 7 or more: %3")
                    .arg(number(*pain.average))
                    .arg(*pain.worst)
                    .arg(pain.severeDays));
    rows += row(tr("Trend"), trendText(pain));
    QStringList flares;
    for (const QDate& flare : report.flareDays.mid(0, 8))
        flares.append(QLocale().toString(flare, QStringLiteral("d MMM")));
    if (report.flareDays.size() > 8)
        flares.append(QStringLiteral("…"));
    rows += row(tr("Flares"), report.flareDays.isEmpty()
                                  ? tr("none recorded")
                                  : tr("%n day(s): %1", static_cast<int>(report.flareDays.size()))
                                        .arg(flares.join(QStringLiteral(", "))));
    return rows;
}

QString symptomRows(const ClinicianReport& report) {
    const SpasmSummary& spasms = report.spasms;
    QStringList regions;
    for (const auto& [code, count] : spasms.topRegions)
        regions.append(QStringLiteral("%1 (%2)").arg(esc(bodyRegionPlainName(code))).arg(count));
    QString rows =
        row(tr("Spasms"), spasms.spasms == 0 ? tr("none recorded")
                                             : tr("%1 on %2 days (%3 a week); most: %4")
                                                   .arg(spasms.spasms)
                                                   .arg(spasms.daysWithSpasms)
                                                   .arg(number(spasms.perWeek))
                                                   .arg(regions.join(QStringLiteral(", "))));
    const auto mean = [](const DailyMean& value, const QString& unit, int decimals) {
        return value.mean
                   ? tr("%1%2 (%3 days)").arg(number(*value.mean, decimals), unit).arg(value.days)
                   : tr("not recorded");
    };
    rows += row(tr("Morning stiffness"), mean(report.stiffnessMinutes, tr(" min average"), 0));
    rows += row(tr("Sleep"), tr("%1; quality %2")
                                 .arg(mean(report.sleepHours, tr(" h average"), 1),
                                      mean(report.sleepQuality, tr("/10"), 1)));
    rows += row(tr("Fatigue"), mean(report.fatigue, tr("/10 average"), 1));
    return rows;
}

QString questionnaireRows(const QuestionnaireScores& scores) {
    QString rows;
    if (scores.acrDay) {
        const Acr2016Result& acr = scores.acr;
        rows += row(tr("ACR 2016 criteria"),
                    tr("%1: WPI <b>%2</b>/19, SSS <b>%3</b>/12, severity %4/31; criteria %5")
                        .arg(day(*scores.acrDay))
                        .arg(acr.wpi)
                        .arg(acr.sss)
                        .arg(acr.severity)
                        .arg(acr.criteriaMet ? tr("met") : tr("not met")));
    } else {
        rows += row(tr("ACR 2016 criteria"), tr("not filled in"));
    }
    if (scores.fiqrDay && scores.fiqr)
        rows += row(tr("FIQR"), tr("%1: <b>%2</b>/100 (%3)")
                                    .arg(day(*scores.fiqrDay), number(scores.fiqr->total),
                                         fiqrBandName(scores.fiqr->band)));
    else
        rows += row(tr("FIQR"), tr("not filled in"));
    return rows;
}

QString associationRows(const ClinicianReport& report) {
    QStringList triggers;
    for (const stats::ExposureEffect& effect : report.triggersWithHigherPain) {
        const stats::MeanDifference& d = effect.difference;
        triggers.append(tr("%1: +%2 (95% interval %3 to %4; %5 days with, %6 without)")
                            .arg(esc(report.names.value(effect.code, effect.code)),
                                 number(d.difference), number(d.low), number(d.high))
                            .arg(d.nWith)
                            .arg(d.nWithout));
    }
    QString rows =
        row(tr("Triggers with higher pain"),
            triggers.isEmpty() ? tr("none stood out (each needs 3 days with and 3 without)")
                               : triggers.join(QStringLiteral("<br>")) +
                                     tr("<br><i>Same-day association, not proof of cause.</i>"));
    QStringList therapies;
    for (const ExposureUse& use : report.therapiesUsed.mid(0, 6))
        therapies.append(tr("%1 (%2 days)").arg(esc(use.name)).arg(use.days));
    rows += row(tr("Therapies used"),
                therapies.isEmpty() ? tr("none recorded") : therapies.join(QStringLiteral(", ")));
    return rows;
}

QString pacingAndTrialRows(const ClinicianReport& report) {
    QStringList plans;
    for (const PacingProgress& progress : report.pacing)
        plans.append(tr("%1: %2 → %3 %4; %5 of %6 planned sessions done")
                         .arg(esc(progress.plan.activityName))
                         .arg(progress.startAmount)
                         .arg(progress.currentAmount)
                         .arg(unitName(progress.plan.unit))
                         .arg(progress.sessionsDone)
                         .arg(progress.sessionsPlanned));
    QString rows = row(tr("Activity pacing"), plans.isEmpty() ? tr("no plan in this period")
                                                              : plans.join(QStringLiteral("<br>")));
    QStringList trials;
    for (const TrialReport& trial : report.trials)
        trials.append(QStringLiteral("<b>%1 vs %2</b> (%3): %4")
                          .arg(esc(trial.trial.therapyName), esc(comparisonName(trial.trial)),
                               tr(labelOf<TrialStatus>(kTrialStatusCodes, trial.trial.status)),
                               esc(trialHeadline(trial.trial, trial.result))));
    rows += row(tr("Therapy trials"),
                trials.isEmpty() ? tr("none in this period") : trials.join(QStringLiteral("<br>")));
    return rows;
}

QString firstPage(const ClinicianReport& report) {
    return QStringLiteral("<h1>%1</h1><p class='sub'>%2</p>%3"
                          "<table width='100%' cellspacing='0'><tr>"
                          "<td width='62%' valign='top'><table class='facts' width='100%' "
                          "cellpadding='2'>%4</table></td>"
                          "<td width='38%' valign='top' align='center'>%5</td></tr></table>"
                          "<table class='facts' width='100%' cellpadding='2'>%6</table><p>%7</p>")
        .arg(tr("PainPace diary summary: %1 to %2").arg(day(report.from), day(report.to)),
             tr("%1 days, recorded by the person in PainPace and printed on %2. A self-kept "
                "diary, not a diagnosis; pain is rated 0 (none) to 10 (worst imaginable).")
                 .arg(report.periodDays())
                 .arg(day(QDate::currentDate())),
             redFlagsBox(report), painRows(report) + symptomRows(report),
             placeholder(ReportFigures::Figure::BodyMap),
             questionnaireRows(report.questionnaires) + associationRows(report) +
                 pacingAndTrialRows(report),
             placeholder(ReportFigures::Figure::Pain));
}

QString chartsPage() {
    return QStringLiteral("<h2 style='page-break-before: always'>%1</h2><p>%2</p><p>%3</p>")
        .arg(tr("Charts"), placeholder(ReportFigures::Figure::Spasms),
             placeholder(ReportFigures::Figure::Sleep));
}

QString optional(const std::optional<double>& value, int decimals, double scale = 1.0) {
    return value ? number(*value / scale, decimals) : QString();
}

QString dayRow(const ReportDay& entry) {
    const DailySummary& d = entry.summary;
    return QStringLiteral("<tr><td>%1</td><td>%2 (%3)</td><td>%4</td><td>%5</td><td>%6</td>"
                          "<td>%7</td><td>%8</td><td>%9</td><td>%10</td><td>%11</td></tr>")
        .arg(QLocale().toString(d.day, QStringLiteral("ddd d MMM")), number(d.meanPain))
        .arg(d.maxPain)
        .arg(optional(d.meanStiffnessMinutes, 0), optional(d.meanSleepMinutes, 1, 60.0),
             optional(d.meanSleepQuality, 0), optional(d.meanFatigue, 0),
             d.spasmCount > 0 ? QString::number(d.spasmCount) : QString(),
             QString(d.flare ? tr("flare") : QString()) + (d.hasRedFlags ? tr(" ⚠") : QString()),
             esc(entry.triggers.join(QStringLiteral(", "))))
        .arg(esc(entry.therapies.join(QStringLiteral(", "))));
}

// One month of days under its own heading and column titles. One table per month rather than
// one for the whole period: Qt lays a table with collapsed borders out in time that grows faster
// than its rows, so a 30-year report took 2.7 times as long per page as a one-year report; a
// month's table stays small, and the time per page stays flat (docs/architecture.md, "Speed").
QString monthTable(const QString& month, const QString& rows) {
    return QStringLiteral("<h3>%1</h3>"
                          "<table class='days' width='100%' cellspacing='0' cellpadding='2'>"
                          "<thead><tr><th width='11%'>%2</th><th width='8%'>%3</th>"
                          "<th width='8%'>%4</th><th width='6%'>%5</th><th width='7%'>%6</th>"
                          "<th width='7%'>%7</th><th width='7%'>%8</th><th width='6%'>%9</th>"
                          "<th width='20%'>%10</th><th width='20%'>%11</th></tr></thead>"
                          "%12</table>")
        .arg(month, tr("Day"), tr("Pain mean (worst)"), tr("Stiff­ness min"), tr("Sleep h"),
             tr("Sleep quality"), tr("Fatigue"), tr("Spasms"), tr("Flare"), tr("Triggers"))
        .arg(tr("Therapies"), rows);
}

QString dayTable(const ClinicianReport& report) {
    QString tables;
    QString rows;
    QDate month;
    const auto closeMonth = [&] {
        if (!rows.isEmpty())
            tables += monthTable(QLocale().toString(month, QStringLiteral("MMMM yyyy")), rows);
        rows.clear();
    };
    for (const ReportDay& entry : report.days) {
        const QDate first(entry.summary.day.year(), entry.summary.day.month(), 1);
        if (first != month) {
            closeMonth();
            month = first;
        }
        rows += dayRow(entry);
    }
    closeMonth();
    return QStringLiteral("<h2 style='page-break-before: always'>%1</h2>%2")
        .arg(tr("Day by day"), tables);
}

const char* const kStyle =
    "h1 { font-size: 14pt; margin-bottom: 2pt; }"
    "h2 { font-size: 12pt; }"
    "h3 { font-size: 9pt; margin-top: 10pt; margin-bottom: 2pt; }"
    "p { margin-top: 2pt; margin-bottom: 2pt; }"
    "p.sub { color: #333333; font-size: 8pt; }"
    "p.warninghead { font-size: 11pt; font-weight: bold; }"
    "table.warning { border-color: black; border-style: solid; margin-bottom: 6pt; }"
    "table.facts td { border-bottom: 0.5px solid #999999; vertical-align: top; }"
    "td.label { font-weight: bold; width: 28%; }"
    "table.days { border-collapse: collapse; font-size: 7.5pt; }"
    "table.days th { border-bottom: 1px solid black; text-align: left; }"
    "table.days td { border-bottom: 0.5px solid #bbbbbb; }";

void insertFigures(QTextDocument& document) {
    const struct {
        ReportFigures::Figure figure;
        double widthShare;
    } figures[] = {{ReportFigures::Figure::BodyMap, 0.36},
                   {ReportFigures::Figure::Pain, 1.0},
                   {ReportFigures::Figure::Spasms, 1.0},
                   {ReportFigures::Figure::Sleep, 1.0}};
    for (const auto& [figure, share] : figures) {
        QTextCursor cursor = document.find(placeholder(figure));
        if (cursor.isNull())
            continue;
        cursor.insertText(QString(QChar::ObjectReplacementCharacter),
                          ReportFigures::figureFormat(figure, share));
    }
}

} // namespace

QString reportHtml(const ClinicianReport& report) {
    return QStringLiteral("<html><body>%1%2%3</body></html>")
        .arg(firstPage(report), chartsPage(), dayTable(report));
}

std::unique_ptr<QTextDocument> reportDocument(const ClinicianReport& report,
                                              QPagedPaintDevice& device) {
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(&device);
    auto* figures = new ReportFigures(report, document.get());
    document->documentLayout()->registerHandler(ReportFigures::kObjectType, figures);
    // DejaVu Sans (installed with PainPace) is embedded in the PDF and has the ⚠ and ▲ signs.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8.5);
    document->setDefaultFont(font);
    document->setDefaultStyleSheet(QLatin1String(kStyle));
    document->setDocumentMargin(0);
    document->setHtml(reportHtml(report));
    insertFigures(*document);
    return document;
}

} // namespace painpace
