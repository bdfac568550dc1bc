#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test.
#   scripts/test.sh             the normal build
#   scripts/test.sh --sanitize  the same suites under AddressSanitizer and UBSan
# Extra arguments go to ctest (for example -L bodymap).
set -euo pipefail
cd "$(dirname "$0")/.."
preset=default
if [[ "${1:-}" == "--sanitize" ]]; then
    preset=sanitize
    shift
fi
scripts/install-deps.sh --tests
scripts/build.sh "$preset"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
if [[ "$preset" == "sanitize" ]]; then
    # Qt's plugin loader keeps some allocations for the life of the process; leaks are not the
    # point of this run, memory errors and undefined behaviour are.
    export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
fi
ctest --preset "$preset" -j "$(nproc)" "$@"
