#!/usr/bin/env bash
# Builds and runs the benchmarks on a 10-year demo diary (medians of 5 repetitions).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --tests
scripts/build.sh default
build/tests/bench/painpace_bench --benchmark_counters_tabular=true "$@"
build/tests/bench/painpace_chart_bench "$@"
build/tests/bench/painpace_exchange_bench "$@"
build/tests/bench/painpace_edit_bench "$@"
