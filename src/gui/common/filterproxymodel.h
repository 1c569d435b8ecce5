// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

// Sorts by DocumentTableModel::SortRole and keeps the rows where any column contains the filter
// text, ignoring case: the search field above a table.
class FilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FilterProxyModel(QObject* parent = nullptr);

    // The source row behind a proxy row, -1 when there is none.
    int sourceRow(int proxyRow) const;
    int proxyRow(int sourceRow) const;
    QList<int> sourceRows(const QModelIndexList& proxyIndexes) const; // distinct, ascending
};
