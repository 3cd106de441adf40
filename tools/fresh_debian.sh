#!/usr/bin/env bash
# Proof that the README's two commands work on a fresh machine: a minimal Debian bookworm
# (debootstrap --variant=minbase) with only python3, make and git, into which this repository is
# cloned. There, as a user without sudo, `make test` must stop at once with the one
# `sudo apt-get install ...` line; as root the same `make` installs what is missing by itself
# (tools/system_deps.py) and a smoke subset of the tests passes headless, PDFs included; then
# the app's every screen is drawn (`make screenshots`).
#
#   sudo tools/fresh_debian.sh          (CI: .ci/run does this)
#
# Needs root (chroot, mount) and debootstrap (installed with apt-get when missing). The minimal
# system, apt's downloads and pip's cache are kept in $KCDESK_CI_CACHE (default
# ~/.cache/kcdesk-ci), so a second run downloads (almost) nothing. The clone is of the committed
# HEAD. Exit 0 when every step passed.
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
CACHE="${KCDESK_CI_CACHE:-$HOME/.cache/kcdesk-ci}"
SUITE=bookworm
MIRROR="${KCDESK_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
BASE="$CACHE/$SUITE-minbase.tar"
BUNDLE="${KCDESK_BUNDLE:-$REPO/dist/kcdesk}"  # a bundle built on this machine (make bundle), if any
SMOKE="${KCDESK_SMOKE_TESTS:-tests/test_sysdeps.py tests/cli/test_cli.py tests/ui/test_main_window.py tests/ui/checkin/test_door.py tests/export/test_builtin_templates.py}"

say() { printf '\n== %s (%ss)\n' "$*" "$SECONDS"; }
fail() { printf 'fresh_debian: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "needs root (chroot and mount)"
mkdir -p "$CACHE/apt" "$CACHE/pip"

if ! command -v debootstrap >/dev/null; then
  say "installing debootstrap"
  apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null
fi

if [ ! -s "$BASE" ]; then
  say "debootstrap --variant=minbase $SUITE (once; cached in $BASE)"
  tmp="$(mktemp -d "$CACHE/base.XXXXXX")"
  debootstrap --variant=minbase "$SUITE" "$tmp" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1 \
    || { tail -20 "$CACHE/debootstrap.log"; fail "debootstrap failed"; }
  tar -C "$tmp" -cf "$BASE.part" . && mv "$BASE.part" "$BASE"
  rm -rf "$tmp"
fi

ROOT="$(mktemp -d /tmp/kcdesk-fresh.XXXXXX)"
MOUNTS=()
cleanup() {
  for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do umount -l "${MOUNTS[i]}" 2>/dev/null || true; done
  rm -rf --one-file-system "$ROOT"
}
trap cleanup EXIT
bind() {  # bind SOURCE TARGET-IN-CHROOT [ro]
  mkdir -p "$ROOT$2"
  mount --bind "$1" "$ROOT$2"
  MOUNTS+=("$ROOT$2")
  if [ "${3:-}" = ro ]; then mount -o remount,bind,ro "$ROOT$2"; fi
}

say "unpacking the minimal system into $ROOT"
tar -C "$ROOT" -xf "$BASE"
mount -t proc proc "$ROOT/proc" && MOUNTS+=("$ROOT/proc")
bind /dev /dev
bind /dev/pts /dev/pts
bind "$CACHE/apt" /var/cache/apt/archives
bind "$CACHE/pip" /root/.cache/pip
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
rm -f "$ROOT/etc/apt/apt.conf.d/docker-clean"  # keep downloaded .deb files in the cache

# This machine's pip settings (a mirror, a local wheel folder, a certificate) hold inside too.
PIPENV=()
for var in $(env | sed -n 's/^\(PIP_[A-Z_]*\)=.*/\1/p'); do PIPENV+=("$var=${!var}"); done
[ -f /etc/pip.conf ] && cp /etc/pip.conf "$ROOT/etc/pip.conf"
for dir in /opt/wheels /opt/pypi /opt/pypi-more; do [ -d "$dir" ] && bind "$dir" "$dir" ro; done
if [ -n "${PIP_CERT:-}" ] && [ -f "$PIP_CERT" ]; then
  mkdir -p "$ROOT$(dirname "$PIP_CERT")" && cp "$PIP_CERT" "$ROOT$PIP_CERT.host" && PIPENV+=("PIP_CERT=$PIP_CERT.host")
fi

in_root() { chroot "$ROOT" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "${PIPENV[@]}" "$@"; }

say "apt-get install python3 make git (the issue's minimal machine)"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3 make git ca-certificates >/dev/null

say "cloning the repository (its committed HEAD)"
git clone -q --no-hardlinks "$REPO" "$ROOT/home/kc/kcdesk"
in_root useradd -M -d /home/kc kc
in_root chown -R kc /home/kc

if [ -x "$BUNDLE/kcdesk" ]; then
  say "the bundle on the bare system names the missing packages in one line"
  cp -a "$BUNDLE" "$ROOT/opt/kcdesk"
  set +e
  err="$(in_root /opt/kcdesk/kcdesk events 2>&1 >/dev/null)"
  status=$?
  set -e
  printf '%s\n' "$err"
  [ $status -eq 1 ] || fail "bundle exit status $status, expected 1"
  [ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ] || fail "bundle said more than one line"
  printf '%s\n' "$err" | grep -q 'sudo apt-get install .*libgl1' || fail "bundle did not name libgl1"
fi

say "as a user without sudo: make test stops with the one apt-get line"
set +e
out="$(in_root su kc -s /bin/sh -c 'cd /home/kc/kcdesk && make test 2>&1')"
status=$?
set -e
printf '%s\n' "$out" | tail -4
[ $status -ne 0 ] || fail "make test passed without python3-venv?"
printf '%s\n' "$out" | grep -q '^Run:  sudo apt-get install -y python3.11-venv' || fail "no apt-get line for python3-venv"
[ ! -e "$ROOT/home/kc/kcdesk/.venv" ] || fail "a half-made .venv was left behind"

say "as root: make test installs what is missing and runs the smoke tests"
in_root sh -c "cd /home/kc/kcdesk && make test PYTEST_ARGS='-p no:cacheprovider $SMOKE'"

say "nothing is missing any more, X11 plugin included"
in_root sh -c "cd /home/kc/kcdesk && .venv/bin/python tools/system_deps.py test --check"

say "make screenshots: every screen of the app drawn offscreen"
in_root sh -c "cd /home/kc/kcdesk && make screenshots >/dev/null && ls docs/screenshots | wc -l"

if [ -x "$BUNDLE/kcdesk" ]; then
  say "the bundle starts once the packages are there"
  in_root sh -c 'cd /tmp && QT_QPA_PLATFORM=offscreen /opt/kcdesk/kcdesk init b.kcdesk --demo && QT_QPA_PLATFORM=offscreen /opt/kcdesk/kcdesk events --db b.kcdesk'
fi

say "fresh Debian proof passed"
