#!/usr/bin/env bash
# Builds and runs the benchmarks on 1-, 10- and 30-year demo diaries (medians of repetitions,
# each against a reference measured in the same run).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --tests
scripts/build.sh default
build/tests/bench/painpace_bench --benchmark_counters_tabular=true "$@"
build/tests/bench/painpace_chart_bench "$@"
build/tests/bench/painpace_exchange_bench "$@"
build/tests/bench/painpace_edit_bench "$@"
build/tests/bench/painpace_report_bench "$@"
# Start-up needs a display; xvfb-run gives it a real X server of its own.
if command -v xvfb-run >/dev/null; then
    xvfb-run -a -s "-screen 0 1600x1000x24" build/tests/bench/painpace_start_bench "$@"
else
    QT_QPA_PLATFORM=offscreen build/tests/bench/painpace_start_bench "$@"
fi
