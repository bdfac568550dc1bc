#!/usr/bin/env bash
# Installs what is missing, builds, and opens PainPace on your diary. Arguments go to painpace
# (for example --database FILE, or a command such as `demo` or `check`).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh default
exec build/app/painpace "$@"
