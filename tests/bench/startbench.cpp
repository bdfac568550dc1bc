// Start-up, timed from outside as a person waits for it: from starting the process to the end of
// the window's first complete paint (PainPace's --exit-after-first-paint says "first paint" on
// standard output then). PainPace on 1-, 10- and 30-year demo diaries, against an empty
// QMainWindow program of the same size (emptywindow.cpp) timed the same way in the same run.
// Each start gets a new, empty settings folder, as on a first start; the display is whatever the
// environment gives (run it under xvfb-run for a real X server, or with QT_QPA_PLATFORM=offscreen).
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "benchmarkrunner.h"
#include "demo/demodiary.h"
#include "demo/demopacing.h"
#include "storage/database.h"

using namespace painpace;

namespace {

QString binaryDir() {
    return QCoreApplication::applicationDirPath();
}

struct Diaries {
    Diaries() {
        for (int years : {1, 10, 30}) {
            const QString path = dir.filePath(QStringLiteral("%1-years.sqlite").arg(years));
            auto database = Database::openFile(path);
            DemoOptions options;
            options.years = years;
            writeDemoDiary(*database, options);
            paths[years] = path;
        }
    }
    QTemporaryDir dir;
    std::map<int, QString> paths;
};

Diaries& diaries() {
    static Diaries made;
    return made;
}

// Starts the program, waits for "first paint" and returns the milliseconds that took; the
// program then closes on its own (not timed).
double timeToFirstPaint(const QString& program, const QStringList& arguments) {
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    QByteArray said;
    while (!said.contains("first paint\n")) {
        if (!process.waitForReadyRead(60'000)) {
            std::fprintf(stderr, "%s never said \"first paint\"\n", qPrintable(program));
            std::abort();
        }
        said += process.readAllStandardOutput();
    }
    const double milliseconds = clock.nsecsElapsed() / 1e6;
    if (!process.waitForFinished(60'000) || process.exitCode() != 0) {
        std::fprintf(stderr, "%s did not close cleanly\n", qPrintable(program));
        std::abort();
    }
    return milliseconds;
}

void timeStarts(benchmark::State& state, const QString& program, const QStringList& arguments) {
    for (auto _ : state)
        state.SetIterationTime(timeToFirstPaint(program, arguments) / 1000.0);
}

void BM_EmptyMainWindow(benchmark::State& state) {
    timeStarts(state, binaryDir() + QStringLiteral("/painpace_empty_window"), {});
}

void BM_PainPaceWindow(benchmark::State& state) {
    const QString diary = diaries().paths.at(static_cast<int>(state.range(0)));
    timeStarts(state, QStringLiteral(PAINPACE_APP_BINARY),
               {QStringLiteral("--database"), diary, QStringLiteral("--exit-after-first-paint")});
    state.counters["years"] = static_cast<double>(state.range(0));
}

} // namespace

// The reference first, then each diary size; the medians are compared within one run.
BENCHMARK(BM_EmptyMainWindow)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->Repetitions(7)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_PainPaceWindow)
    ->Arg(1)
    ->Arg(10)
    ->Arg(30)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->Repetitions(7)
    ->ReportAggregatesOnly(true);

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    diaries(); // made before any timing
    return painpace::bench::runBenchmarks(argc, argv);
}
