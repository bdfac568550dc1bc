#!/usr/bin/env bash
# Configures (once) and builds a preset: scripts/build.sh [default|sanitize]
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"
# Configuring again is quick when nothing changed, and picks up changed options.
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$(nproc)"
