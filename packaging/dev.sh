#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's two commands. Each sets up the machine, configures and builds, then:
#   dev.sh run   launches Signalbox on a copy of the bundled sample workspace
#   dev.sh test  runs the whole test suite headless (warnings are errors when CI=true)
#   dev.sh test --sanitize   the same under AddressSanitizer and UndefinedBehaviorSanitizer
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

usage() { echo "usage: $0 run | test [--sanitize]" >&2; exit 2; }
[ $# -ge 1 ] || usage
command=$1; shift

bash packaging/setup-debian.sh

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
}

case "$command" in
    run) run_app ;;
    test) run_tests "$@" ;;
    *) usage ;;
esac
