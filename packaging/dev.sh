#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's two commands. Each sets up the machine, configures and builds, then:
#   dev.sh run   launches Signalbox on a copy of the bundled sample workspace
#   dev.sh test  runs the whole test suite headless (warnings are errors when CI=true), then the
#                loader, runner and scorer suites again under AddressSanitizer and
#                UndefinedBehaviorSanitizer (the asan preset, building only what they need)
#   dev.sh test --sanitize   the whole suite under the sanitizers
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

usage() { echo "usage: $0 run | test [--sanitize]" >&2; exit 2; }
[ $# -ge 1 ] || usage
command=$1; shift

bash packaging/setup-debian.sh

# Where ccache is installed (CMake then uses it), checkouts in other folders share its objects: paths
# inside the checkout are hashed relative to it, and the compiler's working directory not at all.
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1

build() {
    local preset=$1
    echo; echo "== configure and build ($preset)"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
}

run_app() {
    build default
    local sample="$root/build/default/sample-workspace"
    if [ ! -e "$sample/support-desk.signalbox.yaml" ]; then
        # A copy, so that edits made in the app never touch the sources.
        mkdir -p "$sample"
        cp -r resources/samples/support-desk/. "$sample/"
    fi
    local app=(build/default/bin/signalbox "$sample/support-desk.signalbox.yaml")
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found: starting on a virtual X server (xvfb-run); stop it with Ctrl+C."
        exec xvfb-run -a "${app[@]}"
    fi
    exec "${app[@]}"
}

run_tests() {
    local preset=default
    [ "${CI:-}" = true ] && preset=ci
    [ "${1:-}" = --sanitize ] && preset=asan
    build "$preset"
    echo; echo "== tests ($preset)"
    ctest --preset "$preset" --parallel 2
    [ "$preset" = asan ] || run_sanitized_tests
}

# The suites that read what users and providers send, under the sanitizers: a separate build
# (build/asan) of the sanitizer-tests target only, so that CI stays well within its time.
run_sanitized_tests() {
    echo; echo "== configure and build (asan: loader, runner and scorer tests)"
    local start=$SECONDS
    cmake --preset asan >/dev/null
    cmake --build --preset asan --target sanitizer-tests
    echo; echo "== tests under the sanitizers (asan)"
    ctest --preset asan --label-regex sanitize --parallel 2
    echo "== sanitizer step: $((SECONDS - start)) s"
}

case "$command" in
    run) run_app ;;
    test) run_tests "$@" ;;
    *) usage ;;
esac
