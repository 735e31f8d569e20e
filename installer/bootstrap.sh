#!/bin/sh
# Installs what Thana needs on Debian 12, builds it, and runs it or its tests.
#
#   installer/bootstrap.sh run    build, make a demo station if none exists, start the app
#   installer/bootstrap.sh test   build and run the whole test suite (what CI runs)
#   installer/bootstrap.sh deps   only install the Debian packages
#   installer/bootstrap.sh build  install the packages and build
#
# Run as root (it installs packages with apt-get); no network is needed once the
# packages are installed.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

packages="build-essential cmake ninja-build ccache pkg-config
qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev
qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-svg-dev
qt6-qpa-plugins catch2 libssl-dev libsqlite3-dev libzstd-dev postgresql
xvfb xauth fonts-lohit-deva poppler-utils sqlite3"

deps() {
    missing=""
    for p in $packages; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
    done
    if [ -n "$missing" ]; then
        echo "Installing:$missing"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update
        # shellcheck disable=SC2086
        apt-get install -y --no-install-recommends $missing
    fi
}

build() {
    deps
    export CCACHE_DIR="${CCACHE_DIR:-$here/.ccache}"
    cmake --preset default
    cmake --build --preset default
}

run_app() {
    build
    store="${THANA_DB:-$here/demo/station.thana}"
    if [ ! -e "$store" ]; then
        mkdir -p "$(dirname "$store")"
        echo "Making a demo station in $store (a year of practice records)…"
        build/app/thanactl demo --db "$store"
    fi
    echo "Log in as sho (or io.patil, admin) with the password thana-demo-2026."
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        exec build/app/thana --db "$store"
    fi
    echo "No display found: starting the app on a virtual display (xvfb-run)."
    exec xvfb-run -a -s "-screen 0 1600x1000x24" build/app/thana --db "$store"
}

run_tests() {
    build
    QT_QPA_PLATFORM=offscreen ctest --preset default --output-on-failure --timeout 900
}

case "${1:-}" in
    deps) deps ;;
    build) build ;;
    run) run_app ;;
    test) run_tests ;;
    *)
        echo "usage: installer/bootstrap.sh run|test|deps|build" >&2
        exit 2
        ;;
esac
