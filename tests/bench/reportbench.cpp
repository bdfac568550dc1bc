// The clinician report over 1, 10 and 30 years of a 30-year demo diary: the time a person waits
// for the PDF, and the time per page, which must stay flat as the period grows (the 30-year
// report within 1.2 times the pages times the one-year report's time per page). The one-year
// report is the reference, measured in the same run.
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include "demodiaryfile.h"
#include "report/reportbuilder.h"
#include "report/reportwriter.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"

using namespace painpace;

namespace {

struct ThirtyYears {
    bench::DemoDiaryFile diary{30};
    QDate lastDay = *CheckInRepository(*diary.database).lastDay();
};

ThirtyYears& thirtyYears() {
    static ThirtyYears diary;
    return diary;
}

void BM_ReportOfYears(benchmark::State& state) {
    const int years = static_cast<int>(state.range(0));
    const QDate to = thirtyYears().lastDay;
    const QDate from = to.addYears(-years).addDays(1);
    const QString path =
        thirtyYears().diary.dir.filePath(QStringLiteral("report-%1.pdf").arg(years));
    int pages = 0;
    double milliseconds = 0;
    for (auto _ : state) {
        QElapsedTimer clock;
        clock.start();
        const ClinicianReport report =
            buildClinicianReport(*thirtyYears().diary.database, from, to);
        pages = writeReportPdf(report, path, QPageSize::A4);
        milliseconds += clock.nsecsElapsed() / 1e6;
    }
    state.counters["pages"] = pages;
    // The figure that must not grow with the period.
    state.counters["ms_per_page"] = milliseconds / state.iterations() / pages;
}

} // namespace

BENCHMARK(BM_ReportOfYears)
    ->Arg(1)
    ->Arg(10)
    ->Arg(30)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);
