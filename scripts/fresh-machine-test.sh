#!/usr/bin/env bash
# Proves the README's two commands on a bare Debian 12, the way a new user's first try goes:
#   1. bootstraps a minimal Debian 12 (debootstrap --variant=minbase) into a temporary folder,
#      or unpacks today's cached copy of one;
#   2. copies a clean checkout of HEAD into it (git archive: committed files only);
#   3. gives it a display (xvfb), as a desktop would have;
#   4. runs the README's run command, scripts/run.sh, under xvfb-run in its smoke mode
#      (--smoke-test: a demo diary, every view shown once, exit 0);
#   5. runs the README's test command, scripts/test.sh, exactly as written.
# The run command goes first, so its own, shorter package list is proven alone before the test
# list installs more.
#
# Needs root (debootstrap and chroot). Everything it mounts is unmounted and the folder removed
# on success, failure and Ctrl+C alike. A failure names the step that failed.
#   FRESH_MACHINE_CACHE  where the bootstrapped base is kept (default /var/cache/painpace-fresh)
#   FRESH_MACHINE_KEEP=1 leave the root folder in place after a failure, to look inside
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$(pwd)

cache_dir="${FRESH_MACHINE_CACHE:-/var/cache/painpace-fresh}"
suite=bookworm
mirror="${FRESH_MACHINE_MIRROR:-http://deb.debian.org/debian}"
root=""
step="starting"
mounted=()

say() { printf '[fresh-machine] %s\n' "$*"; }

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    # Unmount in reverse order; a root with something still mounted is never deleted.
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" 2>/dev/null || true
    done
    if [[ -n "$root" && -d "$root" ]]; then
        if findmnt -rno TARGET | grep -q "^$root"; then
            say "something is still mounted under $root: left in place" >&2
        elif [[ $status -ne 0 && "${FRESH_MACHINE_KEEP:-0}" == 1 ]]; then
            say "kept $root for a look (FRESH_MACHINE_KEEP=1)"
        else
            rm -rf --one-file-system "$root"
        fi
    fi
    if [[ $status -ne 0 ]]; then
        say "FAILED at step: $step (exit $status)" >&2
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

begin() {
    step="$1"
    say "step: $step"
    step_started=$SECONDS
}
done_step() { say "done: $step ($((SECONDS - step_started)) s)"; }

[[ $(id -u) -eq 0 ]] || { say "needs root (debootstrap and chroot)" >&2; exit 1; }

begin "install debootstrap on this machine"
if ! command -v debootstrap >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap
fi
done_step

root=$(mktemp -d /var/tmp/painpace-fresh.XXXXXX)
chmod 0755 "$root"

begin "bootstrap a bare Debian 12 ($suite, minbase)"
mkdir -p "$cache_dir"
base="$cache_dir/$suite-minbase-$(date +%F).tar"
if [[ -s "$base" ]]; then
    say "using today's cached base $base"
    tar -xpf "$base" -C "$root"
else
    debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$cache_dir/debootstrap.log" 2>&1 ||
        { tail -n 20 "$cache_dir/debootstrap.log" >&2; exit 1; }
    # Cached whole and renamed into place, so a killed run never leaves half a base behind.
    tar -cpf "$base.partial" -C "$root" . && mv "$base.partial" "$base"
    find "$cache_dir" -name "$suite-minbase-*.tar" ! -name "$(basename "$base")" -delete
fi
done_step

begin "copy a clean checkout of HEAD into it"
mkdir -p "$root/root/painpace"
git -C "$source_dir" archive --format=tar HEAD | tar -x -C "$root/root/painpace"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc" && mounted+=("$root/proc")
mount -t sysfs sysfs "$root/sys" && mounted+=("$root/sys")
mount -t devpts devpts "$root/dev/pts" -o newinstance,ptmxmode=0666 && mounted+=("$root/dev/pts")
mkdir -p "$root/dev/shm"
mount -t tmpfs shm "$root/dev/shm" -o mode=1777 && mounted+=("$root/dev/shm")
done_step

# A login-like environment: nothing of this machine's leaks in.
in_root() {
    env -i HOME=/root LANG=C.UTF-8 TERM=dumb PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        chroot "$root" bash -c "cd /root/painpace && $1"
}

begin "give it a display, as a desktop has (xvfb, xauth)"
in_root "export DEBIAN_FRONTEND=noninteractive; apt-get update -q >/dev/null &&
         apt-get install -y -q --no-install-recommends xvfb xauth >/dev/null"
done_step

begin "README run command: xvfb-run -a scripts/run.sh --smoke-test"
in_root "xvfb-run -a -s '-screen 0 1600x1000x24' scripts/run.sh --smoke-test"
done_step

begin "README test command: scripts/test.sh"
in_root "scripts/test.sh"
done_step

step="finished"
say "the README's two commands work on a bare Debian 12"
