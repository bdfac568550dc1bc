#!/usr/bin/env bash
# Saves every view at 720x480, 1000x720 and 1600x1000 and the main dialogs, in the light and the
# dark theme, on the 10-year demo diary, with one contact sheet of them all for review:
#   scripts/screenshots.sh            (into build/screenshots/review)
#   SCREENSHOTS_OUT=/tmp/shots scripts/screenshots.sh
# Installs what is missing and builds the app first. Needs no display: it draws offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${SCREENSHOTS_OUT:-build/screenshots/review}"
scripts/install-deps.sh
scripts/build.sh app
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
build/app/painpace demo --years 10 --database "$work/demo.sqlite" >/dev/null
mkdir -p "$out"
QT_QPA_PLATFORM=offscreen build/app/painpace --screenshots --database "$work/demo.sqlite" \
    --out "$out"
echo "Contact sheet: $out/contact-sheet.png"
