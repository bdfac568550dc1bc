#pragma once

#include <benchmark/benchmark.h>

namespace painpace::bench {

// Runs the registered benchmarks with Google Benchmark's own command line; call it once the
// Qt application object exists.
inline int runBenchmarks(int argc, char* argv[]) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

} // namespace painpace::bench
