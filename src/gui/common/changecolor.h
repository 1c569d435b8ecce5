// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

// The colour of a change a user should notice: a rise in cost or a loss in quality (Worse) in red, a
// saving or a gain (Better) in green. Deeper on a light window and brighter on a dark one, so that
// both read as text on either theme.
enum class Change { Worse, Better };
QColor changeColor(Change change, const QPalette& palette);
