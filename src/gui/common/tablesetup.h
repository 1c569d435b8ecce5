// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QTableView;

// The look the editors' tables share: compact rows, initial column widths, one column that takes
// the room left. Header state restored later (saveState) overrides the widths.
namespace TableSetup {
void configure(QTableView* view, int stretchColumn, const QList<int>& widths);
int compactRowHeight(const QTableView* view);
}
