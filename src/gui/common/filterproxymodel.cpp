// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterproxymodel.h"

#include "documenttablemodel.h"

#include <algorithm>

FilterProxyModel::FilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DocumentTableModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setSortLocaleAware(true);
}

int FilterProxyModel::sourceRow(int proxyRow) const
{
    if (proxyRow < 0 || proxyRow >= rowCount())
        return -1;
    return mapToSource(index(proxyRow, 0)).row();
}

int FilterProxyModel::proxyRow(int sourceRow) const
{
    if (!sourceModel() || sourceRow < 0 || sourceRow >= sourceModel()->rowCount())
        return -1;
    return mapFromSource(sourceModel()->index(sourceRow, 0)).row();
}

QList<int> FilterProxyModel::sourceRows(const QModelIndexList& proxyIndexes) const
{
    QList<int> rows;
    for (const QModelIndex& index : proxyIndexes)
        rows.append(mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    rows.resize(std::unique(rows.begin(), rows.end()) - rows.begin());
    return rows;
}
