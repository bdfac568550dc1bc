// Export, import and the clinician report on the 10-year demo diary. They run in the background
// in the app, so no frame budget applies; these figures say how long a person waits for them.
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include "bareinsert.h"
#include "demodiaryfile.h"
#include "exchange/diarycsv.h"
#include "exchange/diaryjson.h"
#include "report/reportbuilder.h"
#include "report/reportwriter.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/diaryexportreader.h"
#include "storage/diaryimporter.h"
#include "storage/wholediarycheck.h"

using namespace painpace;

namespace {

struct TenYears {
    bench::DemoDiaryFile diary{10};
    Database& database = *diary.database;
    QTemporaryDir& dir = diary.dir;
    DiaryDocument document = DiaryExportReader(database).read();
    QByteArray json = diaryToJson(document);
};

TenYears& tenYears() {
    static TenYears diary;
    return diary;
}

void BM_ExportJsonTenYears(benchmark::State& state) {
    for (auto _ : state) {
        const QByteArray json = diaryToJson(DiaryExportReader(tenYears().database).read());
        benchmark::DoNotOptimize(json.size());
    }
    state.counters["MB"] = tenYears().json.size() / 1e6;
}

// The look at the whole diary that comes before every export, import and report; it is part of
// the export's figure above. Its reference is the quick check every open already pays.
void BM_WholeDiaryCheckTenYears(benchmark::State& state) {
    for (auto _ : state)
        benchmark::DoNotOptimize(WholeDiaryCheck::problems(tenYears().database).size());
}

void BM_QuickCheckTenYears(benchmark::State& state) {
    const QSqlDatabase db = tenYears().database.connection();
    for (auto _ : state) {
        QSqlQuery quick(db);
        quick.exec(QStringLiteral("PRAGMA quick_check"));
        benchmark::DoNotOptimize(quick.next());
    }
}

void BM_ExportCsvTenYears(benchmark::State& state) {
    for (auto _ : state)
        benchmark::DoNotOptimize(diaryToCsv(DiaryExportReader(tenYears().database).read()).size());
}

void BM_ReadAndCheckJsonTenYears(benchmark::State& state) {
    for (auto _ : state)
        benchmark::DoNotOptimize(diaryFromJson(tenYears().json).checkIns.size());
}

// Everything new: every record is validated and written, in one transaction.
void BM_ImportTenYearsIntoAnEmptyDiary(benchmark::State& state) {
    static int round = 0; // a new diary for every repetition
    for (auto _ : state) {
        state.PauseTiming();
        auto target = Database::openFile(
            tenYears().dir.filePath(QStringLiteral("import-%1.sqlite").arg(round++)));
        state.ResumeTiming();
        const int added = DiaryImporter(*target).import(tenYears().document).added();
        benchmark::DoNotOptimize(added);
        state.counters["records"] = added;
    }
}

// The check-ins of ten years and what they hold, imported into an empty diary, next to the same
// rows written by a bare loop of prepared inserts (bareinsert.h): the import's rate against
// SQLite's own pace, in the same run. Each repetition writes a new diary file; making it (the
// schema) is not timed.
std::unique_ptr<Database> emptyDiary(const char* kind) {
    static int round = 0;
    return Database::openFile(tenYears().dir.filePath(
        QStringLiteral("%1-%2.sqlite").arg(QLatin1String(kind)).arg(round++)));
}

void BM_ImportCheckInsOfTenYears(benchmark::State& state) {
    DiaryDocument checkInsOnly;
    checkInsOnly.checkIns = tenYears().document.checkIns;
    // As the readers hand it over: every check-in validated where its line could be named.
    checkInsOnly.checkInsValidated = true;
    const qsizetype rows = bench::rowsOf(checkInsOnly.checkIns);
    for (auto _ : state) {
        state.PauseTiming();
        auto target = emptyDiary("import-rows");
        state.ResumeTiming();
        benchmark::DoNotOptimize(DiaryImporter(*target).import(checkInsOnly).added());
    }
    state.counters["rows"] = static_cast<double>(rows);
    state.counters["rows/s"] = benchmark::Counter(static_cast<double>(rows) * state.iterations(),
                                                  benchmark::Counter::kIsRate);
}

void BM_BareInsertOfTheSameRows(benchmark::State& state) {
    const QList<CheckIn>& checkIns = tenYears().document.checkIns;
    qsizetype rows = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto target = emptyDiary("bare-rows");
        state.ResumeTiming();
        rows = bench::insertRowsBare(target->connection(), checkIns);
    }
    state.counters["rows"] = static_cast<double>(rows);
    state.counters["rows/s"] = benchmark::Counter(static_cast<double>(rows) * state.iterations(),
                                                  benchmark::Counter::kIsRate);
}

// Nothing new: every record is found by its uuid and left.
void BM_ImportTenYearsAgain(benchmark::State& state) {
    for (auto _ : state)
        benchmark::DoNotOptimize(
            DiaryImporter(tenYears().database).import(tenYears().document).alreadyThere());
}

void BM_ReportOfOneYear(benchmark::State& state) {
    const QDate to = *CheckInRepository(tenYears().database).lastDay();
    const QString path = tenYears().dir.filePath(QStringLiteral("report.pdf"));
    for (auto _ : state) {
        const ClinicianReport report =
            buildClinicianReport(tenYears().database, to.addYears(-1).addDays(1), to);
        benchmark::DoNotOptimize(writeReportPdf(report, path, QPageSize::A4));
    }
}

} // namespace

BENCHMARK(BM_ExportJsonTenYears)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_WholeDiaryCheckTenYears)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_QuickCheckTenYears)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_ExportCsvTenYears)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_ReadAndCheckJsonTenYears)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_ImportTenYearsIntoAnEmptyDiary)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_ImportCheckInsOfTenYears)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(7)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_BareInsertOfTheSameRows)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(7)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_ImportTenYearsAgain)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_ReportOfOneYear)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
