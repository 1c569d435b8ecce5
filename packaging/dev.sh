#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's commands. Each sets up the machine, configures and builds, then:
#   dev.sh run   launches Signalbox on a copy of the bundled sample workspace
#   dev.sh test  runs the whole test suite headless (warnings are errors when CI=true), then the
#                loader, runner and scorer suites again under AddressSanitizer and
#                UndefinedBehaviorSanitizer (the asan preset, building only what they need), then
#                the tests of threaded code under ThreadSanitizer (the tsan preset, likewise)
#   dev.sh test --sanitize   the whole suite under the sanitizers
#   dev.sh test --threads    only the tests of threaded code under ThreadSanitizer
#   dev.sh lint  clang-tidy (the checks in .clang-tidy) and clazy (the checks below) over src/; any
#                finding fails it
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

usage() { echo "usage: $0 run | test [--sanitize | --threads] | lint [--changed [REV]]" >&2; exit 2; }
[ $# -ge 1 ] || usage
command=$1; shift

setup_args=()
[ "$command" = lint ] && setup_args=(--lint) # the analysers too
bash packaging/setup-debian.sh "${setup_args[@]}"

# Where ccache is installed (CMake then uses it), checkouts in other folders share its objects: paths
# inside the checkout are hashed relative to it, and the compiler's working directory not at all.
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1

build() {
    local preset=$1; shift
    echo; echo "== configure and build ($preset${1:+: $*})"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" ${1:+--target "$@"}
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
    [ "$preset" = asan ] && return
    run_sanitized_tests
    run_thread_tests
}

# The suites that read what users and providers send, and the GUI suites that build every table
# view and chart, under the sanitizers: a separate build (build/asan) of the sanitizer-tests target
# only, so that CI stays well within its time.
run_sanitized_tests() {
    echo; echo "== configure and build (asan: loader, runner, batch and scorer tests, four GUI suites)"
    local start=$SECONDS
    cmake --preset asan >/dev/null
    cmake --build --preset asan --target sanitizer-tests
    echo; echo "== tests under the sanitizers (asan)"
    ctest --preset asan --label-regex sanitize --parallel 2
    echo "== sanitizer step: $((SECONDS - start)) s"
}

# The tests labelled "threads" (the run engine's and the sandbox's threads, batch runs, the GUI's
# loaders and analysers on pool threads, QtConcurrent in the scorers and the analysis, the results
# store written and read from two threads) in a build of their own (build/tsan, the thread-tests
# target only) under ThreadSanitizer, with the suppressions of tests/tsan.supp for Qt's
# uninstrumented libraries.
run_thread_tests() {
    local start=$SECONDS
    build tsan
    echo; echo "== tests under ThreadSanitizer (tsan)"
    ctest --preset tsan --parallel 2
    echo "== thread sanitizer step: $((SECONDS - start)) s"
}

# Qt-specific checks of clazy: level 0 and 1 but those that flag the project's deliberate choices:
# non-pod-global-static (file-local constant tables of QString and QList are meant to be statics),
# qproperty-without-notify (the read-only properties of value-like objects have nothing to notify),
# qstring-ref (it asks for QString::leftRef() and the like, which Qt 6 no longer has).
CLAZY_CHECKS=level0,level1,no-non-pod-global-static,no-qproperty-without-notify,no-qstring-ref

# The sources of src/ in the CI build's compilation database, one a line. Generated files (moc, uic,
# rcc) live in build/ and are not linted; the headers uic writes are not reported either (see below).
lint_sources() {
    python3 -c 'import json, sys; [print(e["file"]) for e in json.load(open(sys.argv[1]))
                 if e["file"].startswith(sys.argv[2]) and e["file"].endswith(".cpp")]' \
        build/ci/compile_commands.json "$root/src/"
}

# The sources of src/ to lint after the files changed since a revision (committed or not, and new
# files): a changed .cpp, and every .cpp whose last build read a changed header (ninja's record).
changed_sources() {
    local rev=$1
    { git diff --name-only "$rev" -- src; git ls-files --others --exclude-standard -- src; } \
        | sed "s|^|$root/|" | python3 -c '
import os, subprocess, sys
changed = {os.path.realpath(line.strip()) for line in sys.stdin if line.strip()}
sources = set(sys.argv[1].split())
picked = {f for f in changed if f in sources}
headers = {f for f in changed if not f.endswith(".cpp")}
if headers:
    # ninja -t deps: per object a line "obj: #deps ...", then its inputs indented, the source first.
    deps = subprocess.run(["ninja", "-C", "build/ci", "-t", "deps"], capture_output=True, text=True).stdout
    for block in deps.split("\n\n"):
        inputs = [os.path.realpath(os.path.join("build/ci", l.strip())) for l in block.splitlines()[1:]]
        if inputs and inputs[0] in sources and headers.intersection(inputs[1:]):
            picked.add(inputs[0])
for f in sorted(picked):
    print(f)' "$(lint_sources)"
}

# One analyser over one source file: its report goes to build/ci/lint/<tool>/<path>.log, so that a
# rerun reads no stale report of another file and parallel reports don't interleave.
lint_file() {
    local tool=$1 file=$2 log
    log=$root/build/ci/lint/$tool/${file#"$root/"}.log
    mkdir -p "$(dirname "$log")"
    local extra=(--extra-arg=-Wno-error --extra-arg=-Wno-unknown-warning-option)
    # Only the project's own headers are reported: not Qt's, nor those uic writes into build/.
    local headers="^$root/src/"
    local command=(clazy-standalone -p build/ci --checks="$CLAZY_CHECKS")
    [ "$tool" = clang-tidy ] && command=(clang-tidy-14 -p build/ci --quiet)
    # The CPU seconds it took (user, system) close the report: they add up to the run's cost on an
    # idle machine, whatever else the machine is doing.
    local TIMEFORMAT='cpu %U %S'
    { time nice -n 10 "${command[@]}" --header-filter="$headers" "${extra[@]}" "$file" >"$log" 2>&1 \
        || echo "lint: $tool failed on $file" >>"$log"; } 2>"$log.cpu"
}
export -f lint_file
export root CLAZY_CHECKS

# The findings in the reports of these sources, each once (a header's finding repeats in every
# source that includes it), with the tool's explanation lines. A check that could not decide (clazy's
# "internal error") counts as a finding too: rewrite the code so that it can.
lint_findings() {
    local tool=$1; shift
    local f
    for f in "$@"; do cat "$root/build/ci/lint/$tool/${f#"$root/"}.log"; done | python3 -c '
import re, sys
seen, out, keep = set(), [], False
for line in sys.stdin:
    if re.match(r"^(/\S+:\d+:\d+: )?(warning|error): |^lint: |.*internal error: ", line):
        keep = line not in seen
        seen.add(line)
        if keep: out.append(line)
    elif re.match(r"^/\S+:\d+:\d+: note: ", line) or not line.strip() or re.match(r"^\d+ (warning|error)s? generated|^Suppressed|^Use -header-filter|^Error while processing", line):
        keep = keep and re.match(r"^/\S+:\d+:\d+: note: ", line) is not None
        if keep: out.append(line)
    elif keep:
        out.append(line)
sys.stdout.write("".join(out))'
}

# The CPU seconds an analyser spent on these sources.
lint_cpu() {
    local tool=$1; shift
    local f
    for f in "$@"; do cat "$root/build/ci/lint/$tool/${f#"$root/"}.log.cpu" 2>/dev/null; done \
        | awk '$1 == "cpu" { s += $2 + $3 } END { printf "%d", s }'
}

run_lint() {
    local sources=() rev=
    if [ "${1:-}" = --changed ]; then
        rev=${2:-$(git merge-base HEAD main 2>/dev/null || echo HEAD)}
    fi
    # The programs of src/ only (not the tests): the generated headers (moc, uic) the analysers read,
    # and ninja's record of what each source includes.
    build ci signalbox signalbox-cli
    if [ -n "$rev" ]; then
        mapfile -t sources < <(changed_sources "$rev")
        echo; echo "== lint: ${#sources[@]} sources changed since $rev or include a changed header"
    else
        mapfile -t sources < <(lint_sources)
    fi
    local jobs total=0 tool start findings
    jobs=$(nproc)
    rm -f build/ci/lint/*.log
    for tool in clang-tidy clazy; do
        start=$SECONDS
        echo; echo "== $tool (${#sources[@]} files, $jobs jobs)"
        [ ${#sources[@]} -eq 0 ] || printf '%s\n' "${sources[@]}" | xargs -P "$jobs" -I{} bash -c 'lint_file "$0" "$1"' "$tool" {}
        [ ${#sources[@]} -eq 0 ] || lint_findings "$tool" "${sources[@]}" | tee "build/ci/lint/$tool.log"
        findings=$(grep -c -E '^(/\S+:[0-9]+:[0-9]+: )?(warning|error): |^lint: |internal error: ' "build/ci/lint/$tool.log" 2>/dev/null || true)
        echo "== $tool: ${findings:-0} findings, $((SECONDS - start)) s ($(lint_cpu "$tool" "${sources[@]}") CPU s)"
        total=$((total + ${findings:-0}))
    done
    echo; echo "== lint findings: $total"
    [ "$total" -eq 0 ]
}

case "$command" in
    run) run_app ;;
    test) run_tests "$@" ;;
    lint) run_lint "$@" ;;
    *) usage ;;
esac
