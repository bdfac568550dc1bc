#include "chartcontent.h"

#include "bodymap/bodyregioncatalogue.h"
#include "longrangepainchart.h"
#include "painchart.h"
#include "questionnairechart.h"
#include "stats/exposureeffects.h"
#include "stats/regionfrequency.h"
#include "storage/cataloguerepository.h"
#include "storage/checkinrepository.h"
#include "storage/exposurerepository.h"
#include "storage/markstatisticsrepository.h"
#include "storage/questionnairerepository.h"
#include "storage/spasmstatisticsrepository.h"

namespace painpace {

namespace {

ChartContent painContent(const Database& database, const ChartRequest& request) {
    ChartContent content;
    // Aggregated in SQL: one row per day, whatever the number of check-ins.
    const QList<DailySummary> summaries =
        request.summaries ? *request.summaries
                          : CheckInRepository(database).dailySummaries(request.from, request.to);
    content.timeline = stats::painTimeline(summaries, request.from, request.to);
    if (request.kind == ChartKind::SleepQualityAndPain ||
        request.kind == ChartKind::SleepHoursAndPain) {
        const bool hours = request.kind == ChartKind::SleepHoursAndPain;
        const QList<QPointF> pairs = stats::sleepPainPairs(summaries, hours);
        content.picture = sleepChartModel(pairs, hours);
        content.table = sleepTable(pairs, hours);
        return content;
    }
    std::optional<std::pair<stats::DailyMetric, QList<std::optional<double>>>> overlay;
    if (request.overlay)
        overlay = std::pair{*request.overlay, stats::dailyMetric(summaries, *request.overlay,
                                                                 request.from, request.to)};
    // Long ranges in weeks or months, with the year before from the same summaries (the view
    // reads them a year early for this).
    std::optional<PainPeriods> periods;
    if (const auto length = stats::painPeriodFor(request.from, request.to)) {
        const stats::PainTimeline yearBefore =
            stats::painTimeline(summaries, request.from.addYears(-1), request.to.addYears(-1));
        periods = painPeriods(content.timeline, yearBefore, *length);
    }
    content.picture = painChartModel(content.timeline, overlay, periods ? &*periods : nullptr);
    content.table =
        painTable(content.timeline, request.overlay ? dailyMetricName(*request.overlay) : QString(),
                  overlay ? overlay->second : QList<std::optional<double>>());
    return content;
}

QHash<QString, QString> exposureNames(const Database& database, ExposureKind kind) {
    QHash<QString, QString> names;
    const CatalogueRepository catalogue(database);
    if (kind == ExposureKind::Triggers) {
        for (const TriggerDefinition& trigger : catalogue.triggers())
            names.insert(trigger.code, trigger.name);
    } else {
        for (const TherapyDefinition& therapy : catalogue.therapies())
            names.insert(therapy.code, therapy.name);
    }
    return names;
}

ChartContent exposureContent(const Database& database, const ChartRequest& request) {
    const ExposureKind kind =
        request.kind == ChartKind::Triggers ? ExposureKind::Triggers : ExposureKind::Therapies;
    const auto source = kind == ExposureKind::Triggers ? ExposureRepository::Source::Triggers
                                                       : ExposureRepository::Source::Therapies;
    const QList<stats::ExposureEffect> effects = stats::exposureEffects(
        ExposureRepository(database).days(source, request.from, request.to), request.lagDays);
    const QHash<QString, QString> names = exposureNames(database, kind);
    return {exposureChartModel(effects, names, kind, request.lagDays),
            exposureTable(effects, names),
            {}};
}

} // namespace

ChartContent loadChart(const Database& database, const ChartRequest& request) {
    switch (request.kind) {
    case ChartKind::PainOverTime:
    case ChartKind::SleepQualityAndPain:
    case ChartKind::SleepHoursAndPain:
        return painContent(database, request);
    case ChartKind::Spasms: {
        const stats::SpasmPeriods spasms = stats::spasmPeriods(
            SpasmStatisticsRepository(database).spasmDays(request.from, request.to), request.from,
            request.to, request.spasmStacking);
        return {spasmChartModel(spasms, request.spasmStacking, request.spasmMeasure),
                spasmTable(spasms, request.spasmStacking),
                {}};
    }
    case ChartKind::Triggers:
    case ChartKind::Therapies:
        return exposureContent(database, request);
    case ChartKind::Regions: {
        const stats::RegionFrequency frequency = stats::regionFrequency(
            MarkStatisticsRepository(database).regionDays(request.from, request.to), request.from,
            request.to, static_cast<int>(bodyRegions().size()));
        return {regionStripModel(frequency), regionTable(frequency), {}};
    }
    case ChartKind::FiqrScores:
    case ChartKind::AcrScores: {
        const auto chart = request.kind == ChartKind::FiqrScores ? QuestionnaireChart::Fiqr
                                                                 : QuestionnaireChart::Acr2016;
        const QList<QuestionnaireRecord> history = QuestionnaireRepository(database).history();
        return {questionnaireChartModel(history, chart, request.from, request.to),
                questionnaireTable(history, chart, request.from, request.to),
                {}};
    }
    }
    return {};
}

} // namespace painpace
