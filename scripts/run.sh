#!/usr/bin/env bash
# Installs what is missing, builds the app (not the tests), and opens PainPace on your diary.
# Arguments go to painpace (for example --database FILE, a command such as `demo` or `check`, or
# --smoke-test, which shows every view on a demo diary once and exits).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh app
exec build/app/painpace "$@"
