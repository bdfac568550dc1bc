#pragma once

#include <benchmark/benchmark.h>
#include <functional>
#include <vector>

namespace painpace::bench {

// What a benchmark built once and shared (a window, a diary) must close while the Qt application
// object still exists; runBenchmarks() runs these, newest first, after the last benchmark.
inline std::vector<std::function<void()>>& teardowns() {
    static std::vector<std::function<void()>> pending;
    return pending;
}

// Runs the registered benchmarks with Google Benchmark's own command line; call it once the
// Qt application object exists.
inline int runBenchmarks(int argc, char* argv[]) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    while (!teardowns().empty()) {
        teardowns().back()();
        teardowns().pop_back();
    }
    return 0;
}

} // namespace painpace::bench
