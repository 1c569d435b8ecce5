#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks what the executables link: Qt 6 only, never Qt 5; the command line never links widgets.
# usage: check-linkage.sh <signalbox> <signalbox-cli>
set -uo pipefail
app=$1 cli=$2
status=0
fail() { echo "FAIL: $*"; status=1; }

for binary in "$app" "$cli"; do
    libs=$(ldd "$binary") || { fail "ldd $binary"; continue; }
    echo "$(basename "$binary"): $(grep -c '=>' <<<"$libs") libraries"
    grep -q 'libQt6Core' <<<"$libs" || fail "$binary does not link Qt 6"
    if grep -E 'libQt5|libKF5.*\.so\.5 => /usr' <<<"$libs"; then fail "$binary links a Qt 5 library"; fi
    if grep -q 'not found' <<<"$libs"; then fail "$binary has unresolved libraries"; fi
done
# Each listing read whole: with pipefail, grep -q leaving early would fail ldd's write (SIGPIPE).
if grep -E 'libQt6(Widgets|Gui)' <<<"$(ldd "$cli")"; then fail "signalbox-cli links a GUI library"; fi
grep -q libQt6Widgets <<<"$(ldd "$app")" || fail "signalbox does not link Qt 6 Widgets"
[ $status -eq 0 ] && echo "linkage ok"
exit $status
