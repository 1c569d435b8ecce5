// SPDX-License-Identifier: GPL-3.0-or-later
#include "changecolor.h"

QColor changeColor(Change change, const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    if (change == Change::Worse)
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    return dark ? QColor(0x7b, 0xd8, 0x8f) : QColor(0x1e, 0x7a, 0x3c);
}
