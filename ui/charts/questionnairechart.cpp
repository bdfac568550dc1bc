#include "questionnairechart.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

#include "chartpoints.h"
#include "painchart.h"

namespace painpace {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("QuestionnaireChart", text);
}

struct ScoredRecord {
    QDate day;
    std::optional<FiqrResult> fiqr;
    std::optional<Acr2016Result> acr;
};

// The chosen kind's scorable records in the range, oldest first.
QList<ScoredRecord> scored(const QList<QuestionnaireRecord>& history, QuestionnaireChart chart,
                           const QDate& from, const QDate& to) {
    QList<ScoredRecord> records;
    for (const QuestionnaireRecord& record : history) {
        const QDate day = record.moment.localDay;
        if (day < from || day > to)
            continue;
        if (chart == QuestionnaireChart::Fiqr && !record.isAcr2016()) {
            if (auto result = scoreFiqr(std::get<FiqrAnswers>(record.answers)))
                records.append({day, result, std::nullopt});
        } else if (chart == QuestionnaireChart::Acr2016 && record.isAcr2016()) {
            records.append(
                {day, std::nullopt, scoreAcr2016(std::get<Acr2016Answers>(record.answers))});
        }
    }
    std::stable_sort(records.begin(), records.end(),
                     [](const ScoredRecord& a, const ScoredRecord& b) { return a.day < b.day; });
    return records;
}

ChartLine scoreLine(const QString& name, const QColor& colour) {
    ChartLine line;
    line.name = name;
    line.colour = colour;
    return line;
}

// The five FIQR bands across the whole range, lightly shaded behind the line.
void addFiqrBands(ChartModel& model, double left, double right) {
    struct Band {
        double low;
        double high;
        FiqrBand band;
        QColor colour;
    };
    const Band bands[] = {{0, 24, FiqrBand::Remission, chartcolours::kGreen},
                          {24, 41, FiqrBand::Mild, chartcolours::kSky},
                          {41, 64, FiqrBand::Moderate, chartcolours::kYellow},
                          {64, 83, FiqrBand::Severe, chartcolours::kOrange},
                          {83, 100, FiqrBand::VerySevere, chartcolours::kVermillion}};
    for (const Band& band : bands) {
        ChartBand shaded;
        QString name = fiqrBandName(band.band);
        name[0] = name[0].toUpper();
        shaded.name = band.band == FiqrBand::VerySevere
                          ? tr("%1 %2+").arg(name).arg(band.low)
                          : tr("%1 %2-%3").arg(name).arg(band.low).arg(band.high - 1);
        shaded.colour = band.colour;
        shaded.opacity = 0.16;
        shaded.lower = {{left, band.low}, {right, band.low}};
        shaded.upper = {{left, band.high}, {right, band.high}};
        model.bands.append(shaded);
    }
}

} // namespace

ChartModel questionnaireChartModel(const QList<QuestionnaireRecord>& history,
                                   QuestionnaireChart chart, const QDate& from, const QDate& to) {
    ChartModel model;
    const bool fiqr = chart == QuestionnaireChart::Fiqr;
    model.title =
        fiqr ? tr("FIQR total over time (lower is better)") : tr("ACR 2016 scores over time");
    model.yTitle = fiqr ? tr("FIQR total (0-100)") : tr("Score");
    const QList<ScoredRecord> records = scored(history, chart, from, to);
    if (records.size() < kMinimumChartDays) {
        model.emptyMessage = (fiqr ? tr("Not enough data yet: %1 FIQR results in this range. The "
                                        "chart appears once there are %2.")
                                   : tr("Not enough data yet: %1 ACR 2016 results in this range. "
                                        "The chart appears once there are %2."))
                                 .arg(records.size())
                                 .arg(kMinimumChartDays);
        return model;
    }
    const double left = dayX(from);
    const double right = dayX(to);
    model.dateRange = std::pair{left, right};
    if (fiqr) {
        model.yRange = {0.0, 100.0};
        addFiqrBands(model, left, right);
        ChartLine total = scoreLine(QString(), chartcolours::kBlue); // the title names it
        for (const ScoredRecord& record : records) {
            total.points.append({dayX(record.day), record.fiqr->total});
            total.pointLabels.append(tr("%1: FIQR %2 (%3)")
                                         .arg(QLocale().toString(record.day, QLocale::ShortFormat),
                                              QLocale().toString(record.fiqr->total, 'f', 1),
                                              fiqrBandName(record.fiqr->band)));
        }
        ChartLine dots = total;
        dots.style = ChartLine::Style::Dots;
        dots.name.clear();
        model.lines << total << dots;
        return model;
    }
    model.yRange = {0.0, 31.0};
    ChartLine severity = scoreLine(tr("Severity (WPI + SSS, 0-31)"), chartcolours::kVermillion);
    ChartLine wpi = scoreLine(tr("WPI (0-19)"), chartcolours::kBlue);
    ChartLine sss = scoreLine(tr("SSS (0-12)"), chartcolours::kOrange);
    for (const ScoredRecord& record : records) {
        const double x = dayX(record.day);
        const QString label = tr("%1: WPI %2, SSS %3, severity %4; criteria %5")
                                  .arg(QLocale().toString(record.day, QLocale::ShortFormat))
                                  .arg(record.acr->wpi)
                                  .arg(record.acr->sss)
                                  .arg(record.acr->severity)
                                  .arg(record.acr->criteriaMet ? tr("met") : tr("not met"));
        severity.points.append({x, static_cast<double>(record.acr->severity)});
        wpi.points.append({x, static_cast<double>(record.acr->wpi)});
        sss.points.append({x, static_cast<double>(record.acr->sss)});
        for (ChartLine* line : {&severity, &wpi, &sss})
            line->pointLabels.append(label);
    }
    model.lines << severity << wpi << sss;
    for (const ChartLine& line : {severity, wpi, sss}) {
        ChartLine dots = line;
        dots.style = ChartLine::Style::Dots;
        dots.name.clear();
        model.lines.append(dots);
    }
    return model;
}

ChartTable questionnaireTable(const QList<QuestionnaireRecord>& history, QuestionnaireChart chart,
                              const QDate& from, const QDate& to) {
    ChartTable table;
    const bool fiqr = chart == QuestionnaireChart::Fiqr;
    table.headers =
        fiqr ? QStringList{tr("Date"),     tr("Function"), tr("Overall impact"),
                           tr("Symptoms"), tr("Total"),    tr("Band")}
             : QStringList{
                   tr("Date"),        tr("WPI"), tr("SSS"), tr("Severity"), tr("Generalized pain"),
                   tr("Criteria met")};
    const QLocale locale;
    const QList<ScoredRecord> records = scored(history, chart, from, to);
    for (auto record = records.crbegin(); record != records.crend(); ++record) {
        const QString day = locale.toString(record->day, QLocale::ShortFormat);
        if (fiqr) {
            const FiqrResult& r = *record->fiqr;
            table.rows.append({day, locale.toString(r.function, 'f', 1),
                               locale.toString(r.overall, 'f', 1),
                               locale.toString(r.symptoms, 'f', 1),
                               locale.toString(r.total, 'f', 1), fiqrBandName(r.band)});
        } else {
            const Acr2016Result& r = *record->acr;
            table.rows.append(
                {day, QString::number(r.wpi), QString::number(r.sss), QString::number(r.severity),
                 r.generalizedPain ? tr("yes") : tr("no"), r.criteriaMet ? tr("yes") : tr("no")});
        }
    }
    return table;
}

} // namespace painpace
