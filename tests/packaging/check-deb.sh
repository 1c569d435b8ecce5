#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package with CPack and checks what it installs and depends on.
# usage: check-deb.sh <build folder>
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cpack --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
deb=$(find "$out" -maxdepth 1 -name 'signalbox_*.deb' | head -n1)
[ -n "$deb" ] || { echo "FAIL: no .deb produced"; cat "$out/cpack.log"; exit 1; }
contents=$(dpkg-deb -c "$deb")
status=0
for path in bin/signalbox bin/signalbox-cli share/applications/io.signalbox.Signalbox.desktop \
    share/metainfo/io.signalbox.Signalbox.metainfo.xml share/icons/hicolor/scalable/apps/io.signalbox.Signalbox.svg \
    share/mime/packages/io.signalbox.Signalbox.xml; do
    grep -q "/$path\$" <<<"$contents" || { echo "FAIL: $path missing from $(basename "$deb")"; status=1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
grep -q 'libqt6widgets6' <<<"$depends" || { echo "FAIL: no Qt 6 runtime dependency"; status=1; }
if grep -q 'libqt5' <<<"$depends"; then echo "FAIL: depends on Qt 5"; status=1; fi
[ $status -eq 0 ] && echo "$(basename "$deb") ok"
exit $status
