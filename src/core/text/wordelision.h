// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The text shortened to at most maxLength characters, the ellipsis included: cut at the last word
// boundary that fits, trailing punctuation and spaces dropped, then "…". A text that fits comes
// back unchanged; a first word longer than maxLength is the only one cut inside.
QString elidedAtWord(const QString& text, qsizetype maxLength);
