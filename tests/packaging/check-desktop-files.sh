#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates the desktop entry and the AppStream metainfo with the freedesktop tools.
# usage: check-desktop-files.sh <packaging folder>
set -euo pipefail
dir=$1
desktop-file-validate "$dir/io.signalbox.Signalbox.desktop"
appstreamcli validate --no-net --pedantic "$dir/io.signalbox.Signalbox.metainfo.xml"
xmllint --noout "$dir/io.signalbox.Signalbox.mime.xml"
echo "desktop files ok"
