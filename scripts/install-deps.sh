#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages PainPace needs that are not there yet.
#   scripts/install-deps.sh          what building and running the app needs
#   scripts/install-deps.sh --tests  that, plus what the tests and benchmarks need
# Idempotent: when everything is installed it only asks dpkg and returns.
set -euo pipefail

packages=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libgl-dev
    libqt6opengl6-dev libsodium-dev
    fonts-dejavu-core
)
if [[ "${1:-}" == "--tests" ]]; then
    packages+=(libgtest-dev libbenchmark-dev libsqlite3-dev sqlite3 libical-dev pkg-config
        python3-minimal python3-jsonschema poppler-utils clang libclang-rt-14-dev clang-format)
fi

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing: ${missing[*]}"
as_root=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "Please install as root: ${missing[*]}" >&2; exit 1; }
    as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
