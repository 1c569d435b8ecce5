#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a folder under src/gui includes an area it does not own.

The areas are the folders named <name>area (one per navigation entry). An area may include the
shared folders (common, charts, document, ...) and itself; only the shell includes areas. Anything
two areas need belongs in common, so that adding an area never ties it to another one.

usage: check-area-includes.py GUI_DIR    (exit status 1 and one line per wrong include)
"""
import pathlib
import re
import sys

INCLUDE = re.compile(r'^[ \t]*#[ \t]*include[ \t]*"([^"]+)"', re.MULTILINE)
SOURCE_SUFFIXES = {".h", ".cpp"}


def is_area(folder):
    return folder.endswith("area")


def allowed(owner, target, folders):
    if target not in folders or target == owner or owner == "shell":
        return True
    return not is_area(target) and target != "shell"


def target_folder(path, included):
    # "runsarea/x.h" names a folder of the GUI tree; "../runsarea/x.h" climbs to one.
    resolved = (path.parent / included).resolve()
    if resolved.exists():
        return resolved
    return None


def sources(gui):
    return sorted(p for p in gui.rglob("*") if p.suffix in SOURCE_SUFFIXES)


def violations(gui):
    folders = {p.name for p in gui.iterdir() if p.is_dir()}
    found = []
    for path in sources(gui):
        owner = path.relative_to(gui).parts[0]
        text = path.read_text(encoding="utf-8")
        for match in INCLUDE.finditer(text):
            included = match.group(1)
            local = target_folder(path, included)
            if local is not None and gui in local.parents:
                target = local.relative_to(gui).parts[0]
            else:
                target = included.split("/")[0]
            if not allowed(owner, target, folders):
                line = text.count("\n", 0, match.start()) + 1
                found.append(f"{path.relative_to(gui)}:{line}: {owner} includes {included}")
    return found


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    gui = pathlib.Path(sys.argv[1]).resolve()
    found = violations(gui)
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} include(s) cross an area boundary; move what is shared to common/.")
        return 1
    print(f"no area includes another ({len(sources(gui))} files checked)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
