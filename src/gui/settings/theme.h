// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings.h"

#include <QPalette>

// Qt 6.4 has no colour-scheme API, so a chosen theme is the Fusion style with a palette of our own;
// "system" returns to the platform's style and palette as they were at the first call.
void applyTheme(Settings::Theme theme);

QPalette darkPalette();
QPalette lightPalette();
