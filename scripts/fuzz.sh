#!/usr/bin/env bash
# Builds the libFuzzer targets for the JSON and CSV importers and the reader of encrypted exports
# with clang and runs each for a
# bounded time, starting from the corpus in tests/fuzz/corpus.
#   scripts/fuzz.sh            60 seconds per target
#   FUZZ_SECONDS=600 scripts/fuzz.sh
# A crash stops with its input in build-fuzz/artifacts/: copy it into tests/fuzz/regressions/
# (named for what it found) so every normal test run replays it, then fix the reader.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --tests
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)"
seconds="${FUZZ_SECONDS:-60}"
artifacts="build-fuzz/artifacts"
mkdir -p "$artifacts"
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
for kind in json csv sealed; do
    work=$(mktemp -d)
    cp "tests/fuzz/corpus/$kind/"* "$work/"
    cp tests/fuzz/regressions/"$kind"-* "$work/" 2>/dev/null || true
    echo "Fuzzing the $kind importer for ${seconds}s"
    log="$artifacts/$kind.log"
    status=0
    target="build-fuzz/tests/fuzz/fuzz_diary$kind"
    if [[ $kind == sealed ]]; then target="build-fuzz/tests/fuzz/fuzz_sealedfile"; fi
    "$target" -max_total_time="$seconds" -max_len=65536 \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$artifacts/$kind-" "$work" >"$log" 2>&1 || status=$?
    rm -rf "$work"
    if [[ $status -ne 0 ]]; then
        # The whole report, not just its end: the first lines say what went wrong and where.
        grep -m1 -B2 -A40 -E "ERROR|runtime error|deadly signal" "$log" || tail -n 60 "$log"
        echo "The $kind importer failed under fuzzing; its input is in $artifacts/" >&2
        exit "$status"
    fi
    grep -E "^(Done|stat::number_of_executed_units|stat::new_units_added)" "$log"
done
