#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test.
#   scripts/test.sh             the normal build (gcc): every suite
#   scripts/test.sh --sanitize  the same suites under AddressSanitizer and UBSan
#   scripts/test.sh --clang     everything built with clang, warnings as errors; every suite
#   scripts/test.sh --thread    the tests whose work runs on pool threads (label `threads`),
#                               under ThreadSanitizer
# Extra arguments go to ctest (for example -L bodymap).
set -euo pipefail
cd "$(dirname "$0")/.."
preset=default
case "${1:-}" in
--sanitize) preset=sanitize ;;
--clang) preset=clang ;;
--thread) preset=thread ;;
esac
[[ "$preset" == default ]] || shift
scripts/install-deps.sh --tests
scripts/build.sh "$preset"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
selection=()
case "$preset" in
sanitize)
    # Qt's plugin loader keeps some allocations for the life of the process; leaks are not the
    # point of this run, memory errors and undefined behaviour are.
    export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    # The thousand simulated power cuts run in the ordinary builds; here a fifth of them looks
    # for memory errors in the same paths at a fifth of the time.
    export PAINPACE_POWER_CUTS="${PAINPACE_POWER_CUTS:-200}"
    ;;
thread)
    # Qt itself is not built with ThreadSanitizer, so its own locking is invisible to it; the
    # suppressions name only Qt's libraries, never PainPace code.
    export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 suppressions=$(pwd)/tests/tsan.supp"
    selection=(-L threads)
    ;;
esac
# --no-tests=error: a build that ran no test has not passed.
ctest --preset "$preset" -j "$(nproc)" --no-tests=error "${selection[@]}" "$@"
