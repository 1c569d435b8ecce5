// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QStringList>

// The content lines of a folded block scalar ('>') that reads as value, reusing the old lines
// the value still begins and ends with and wrapping only what changed, so that an edit to one
// sentence of a long description changes one or two lines. Nothing when value cannot be written
// as a simple folded scalar (line breaks, leading or trailing spaces, control characters).
std::optional<QStringList> refoldedLines(const QStringList& oldLines, const QString& value);
