#!/usr/bin/env bash
# Set up OfficeDesk in this checkout: Debian packages, a virtual environment in .venv and the
# Python packages of pyproject.toml.
#
#   bash scripts/setup.sh          # what the program needs to run (Qt runtime libraries, fonts)
#   bash scripts/setup.sh test     # … plus what the tests need (PostgreSQL, poppler, Xvfb, …)
#
# As root, missing Debian packages are installed with apt-get; otherwise the exact apt command
# is printed and set-up goes on (the parts that need them will tell). Python packages are
# installed again only when pyproject.toml changed since the last run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
MODE="${1:-run}"
VENV="$ROOT/.venv"

log() { echo "setup: $*" >&2; }

# The Qt runtime libraries PySide6's wheels expect on a bare Debian, and the CJK fonts.
RUN_PACKAGES=(
    libegl1 libgl1 libopengl0 "libglib2.0-0|libglib2.0-0t64" libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3
    libfontconfig1 libfreetype6 libx11-6 libx11-xcb1 libxext6 libxrender1 libxi6 libsm6 libice6
    libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
    libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1 libxcb-sync1 libxcb-xfixes0
    libxcb-shm0 libxcb-render0 libxcb-glx0 libnss3 libnspr4 "libasound2|libasound2t64"
    "libcups2|libcups2t64" libxcomposite1 libxdamage1 libxrandr2 libxtst6 libxkbfile1
    fonts-wqy-microhei
)
# What the tests use besides: PDF rendering, the PostgreSQL test server, a virtual screen,
# image comparison, and binutils (objdump) for the PyInstaller bundle.
TEST_PACKAGES=(poppler-utils postgresql xvfb imagemagick binutils)

APT_UPDATED=0
apt_update_once() {
    if [ "$APT_UPDATED" = 0 ]; then
        log "apt-get update …"
        apt-get update -qq >&2 || { sleep 5; apt-get update -qq >&2; }
        APT_UPDATED=1
    fi
}

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

# "a|b": the first name that is installed, or else that this Debian knows (libasound2 was
# renamed libasound2t64 in Debian 13).
resolve_alternative() {
    local spec="$1" name
    IFS='|' read -r -a names <<<"$spec"
    for name in "${names[@]}"; do
        if installed "$name"; then
            echo ""
            return
        fi
    done
    if [ "$(id -u)" = 0 ]; then
        apt_update_once
        for name in "${names[@]}"; do
            if apt-cache show "$name" >/dev/null 2>&1; then
                echo "$name"
                return
            fi
        done
    fi
    echo "${names[0]}"
}

ensure_debian_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        log "not a Debian system: install the Qt runtime libraries and CJK fonts with your package manager"
        return 0
    fi
    local wanted=("${RUN_PACKAGES[@]}") missing=() spec name
    if [ "$MODE" = test ]; then
        wanted+=("${TEST_PACKAGES[@]}")
    fi
    for spec in "${wanted[@]}"; do
        if [[ "$spec" == *"|"* ]]; then
            name="$(resolve_alternative "$spec")"
            [ -n "$name" ] && missing+=("$name")
        elif ! installed "$spec"; then
            missing+=("$spec")
        fi
    done
    if [ "${#missing[@]}" = 0 ]; then
        return 0
    fi
    if [ "$(id -u)" = 0 ]; then
        export DEBIAN_FRONTEND=noninteractive
        apt_update_once
        log "apt-get install ${missing[*]}"
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 \
            || { log "apt-get install failed; retrying after a fresh update"; APT_UPDATED=0; apt_update_once;
                 apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2; }
    else
        log "these Debian packages are missing; install them with:"
        echo "sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    fi
}

python_ok() {
    "$1" -c 'import sys, venv, ensurepip; sys.exit(0 if sys.version_info >= (3, 11) else 1)' >/dev/null 2>&1
}

find_python() {
    local candidate
    for candidate in "${OFFICEDESK_PYTHON:-}" python3.11 python3.12 python3.13 python3; do
        if [ -n "$candidate" ] && command -v "$candidate" >/dev/null 2>&1 && python_ok "$candidate"; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

ensure_venv() {
    if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
        return 0
    fi
    local python
    if ! python="$(find_python)"; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
            export DEBIAN_FRONTEND=noninteractive
            apt_update_once
            apt-get install -y -qq --no-install-recommends python3 python3-venv python3-pip >&2
            python="$(find_python)" || { log "no Python 3.11 or newer with venv found"; exit 1; }
        else
            log "Python 3.11 or newer (with venv) is needed; install it with:"
            echo "sudo apt-get install -y python3 python3-venv python3-pip" >&2
            exit 1
        fi
    fi
    log "creating $VENV with $python ($("$python" --version 2>&1))"
    rm -rf "$VENV"
    "$python" -m venv "$VENV"
}

ensure_python_packages() {
    local extras="" stamp="$VENV/.officedesk-setup" want
    if [ "$MODE" = test ]; then
        extras="[dev]"
    fi
    want="$MODE $(sha256sum pyproject.toml | cut -d' ' -f1)"
    if [ -f "$stamp" ] && grep -qxF "$want" "$stamp" 2>/dev/null; then
        return 0
    fi
    if [ "$MODE" = run ] && [ -f "$stamp" ] && grep -q "^test $(sha256sum pyproject.toml | cut -d' ' -f1)$" "$stamp"; then
        return 0  # the test set-up includes everything the program needs
    fi
    log "installing Python packages (pip install -e .$extras) …"
    export PIP_DISABLE_PIP_VERSION_CHECK=1
    local logfile="$VENV/pip-install.log"
    "$VENV/bin/python" -m pip install -q --upgrade pip >"$logfile" 2>&1 || true
    if ! "$VENV/bin/python" -m pip install -q -e ".$extras" >>"$logfile" 2>&1; then
        grep -v "^WARNING: Location 'file:" "$logfile" >&2 || true
        log "pip install failed (the full log is in $logfile)"
        exit 1
    fi
    echo "$want" >"$stamp"
}

ensure_debian_packages
ensure_venv
ensure_python_packages
log "ready: $VENV"
