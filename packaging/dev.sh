#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's commands. Each sets up the machine, configures and builds, then:
#   dev.sh run   launches Signalbox on a copy of the bundled sample workspace
#   dev.sh test  runs the whole test suite headless (warnings are errors when CI=true), then the
#                loader, runner and scorer suites again under AddressSanitizer and
#                UndefinedBehaviorSanitizer (the asan preset, building only what they need)
#   dev.sh test --sanitize   the whole suite under the sanitizers
#   dev.sh test --threads    the tests of threaded code under ThreadSanitizer (the tsan preset); not
#                in CI yet: see the README
#   dev.sh lint  clang-tidy (the checks in .clang-tidy) and clazy (the checks below) over src/; any
#                finding fails it
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

usage() { echo "usage: $0 run | test [--sanitize | --threads] | lint" >&2; exit 2; }
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
    [ "${1:-}" = --threads ] && { run_thread_tests; return; }
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

# The tests labelled "threads" (the run engine's and the sandbox's threads, QtConcurrent in the
# scorers and the analysis, the results store written and read from two threads) in a build of
# their own (build/tsan, the thread-tests target only) under ThreadSanitizer, with the suppressions
# of tests/tsan.supp for Qt's uninstrumented libraries.
run_thread_tests() {
    local start=$SECONDS
    build tsan
    echo; echo "== tests under ThreadSanitizer (tsan)"
    ctest --preset tsan --parallel 2
    echo "== thread sanitizer step: $((SECONDS - start)) s"
}

# Qt-specific checks of clazy: level 0 and 1 but those that flag the project's deliberate choices.
CLAZY_CHECKS=level0,level1,no-non-pod-global-static,no-qproperty-without-notify

# The sources of src/ in the CI build's compilation database, one a line.
lint_sources() {
    python3 -c 'import json, sys; [print(e["file"]) for e in json.load(open(sys.argv[1]))
                 if e["file"].startswith(sys.argv[2]) and e["file"].endswith(".cpp")]' \
        build/ci/compile_commands.json "$root/src/"
}

run_lint() {
    build ci # the generated headers (moc, uic) the analysers read
    local jobs start
    jobs=$(nproc)
    start=$SECONDS
    echo; echo "== clang-tidy ($(lint_sources | wc -l) files, $jobs jobs)"
    lint_sources | xargs -P "$jobs" -n 4 clang-tidy-14 -p build/ci --quiet \
        --extra-arg=-Wno-error --extra-arg=-Wno-unknown-warning-option 2>/dev/null | tee build/ci/clang-tidy.log || true
    echo "== clang-tidy: $((SECONDS - start)) s"
    start=$SECONDS
    echo; echo "== clazy ($CLAZY_CHECKS)"
    lint_sources | xargs -P "$jobs" -n 4 clazy-standalone -p build/ci --checks="$CLAZY_CHECKS" \
        --header-filter="$root/src/.*" --extra-arg=-Wno-error --extra-arg=-Wno-unknown-warning-option 2>&1 \
        | grep -A3 -E 'warning: .*\[-Wclazy-' | tee build/ci/clazy.log || true
    echo "== clazy: $((SECONDS - start)) s"
    local findings
    findings=$(cat build/ci/clang-tidy.log build/ci/clazy.log | grep -c -E '(warning|error): ' || true)
    echo "== lint findings: $findings"
    [ "$findings" -eq 0 ]
}

case "$command" in
    run) run_app ;;
    test) run_tests "$@" ;;
    lint) run_lint ;;
    *) usage ;;
esac
