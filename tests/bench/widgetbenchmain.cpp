// The main of the benchmarks that lay out widgets or documents: one QApplication on the offscreen
// platform unless another is set, and the test mode of QStandardPaths so nothing touches the
// person's own settings.
#include <QApplication>
#include <QStandardPaths>

#include "benchmarkrunner.h"

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    return painpace::bench::runBenchmarks(argc, argv);
}
