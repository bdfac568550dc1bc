#include <QCoreApplication>
#include <QStandardPaths>

#include <benchmark/benchmark.h>

#include "benchmarkrunner.h"

int main(int argc, char* argv[]) {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    return painpace::bench::runBenchmarks(argc, argv);
}
