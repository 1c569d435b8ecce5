// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

// An icon from a single-colour SVG whose strokes say "currentColor". It is painted, at any size, in
// the current application palette's text colour (highlighted text when selected), so one file reads
// well on light and dark themes and follows a theme change without being reloaded.
QIcon themedIcon(const QString& svgPath);
