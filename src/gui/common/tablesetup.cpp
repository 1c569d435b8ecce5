// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablesetup.h"

#include <QHeaderView>
#include <QTableView>

namespace TableSetup {
void configure(QTableView* view, int stretchColumn, const QList<int>& widths)
{
    QHeaderView* header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    for (int column = 0; column < widths.size(); ++column) {
        if (column != stretchColumn)
            header->resizeSection(column, widths.at(column));
    }
    view->verticalHeader()->setDefaultSectionSize(compactRowHeight(view));
}

int compactRowHeight(const QTableView* view)
{
    return view->fontMetrics().height() + 8;
}
}
