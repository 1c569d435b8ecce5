// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablesetup.h"

#include "elidedtooltips.h"
#include "fittedcolumns.h"

#include <QHeaderView>
#include <QTableView>

namespace TableSetup {
void configure(QTableView* view, int stretchColumn, const QList<int>& widths)
{
    QHeaderView* header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->setDefaultSectionSize(compactRowHeight(view));
    ElidedToolTips::install(view, header);
    delete FittedColumns::of(view); // configured again for other columns (the matrix's models)
    new FittedColumns(view, stretchColumn, widths);
}

int compactRowHeight(const QTableView* view)
{
    return view->fontMetrics().height() + 8;
}
}
