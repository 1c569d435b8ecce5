// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QTableView;

// The look the editors' tables share: compact rows, columns sized to their header and content (the
// widths given are minimums), one column that takes the room left, elided text with its whole text
// as tool tip. Header state restored later (saveState) sets the widths the user chose.
namespace TableSetup {
void configure(QTableView* view, int stretchColumn, const QList<int>& widths);
int compactRowHeight(const QTableView* view);
}
