// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonfilterproxy.h"

#include "runcomparisonmodel.h"

ComparisonFilterProxy::ComparisonFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RunComparisonModel::SortRole);
}

void ComparisonFilterProxy::setOnlyChanges(bool only)
{
    if (only == m_onlyChanges)
        return;
    m_onlyChanges = only;
    invalidateRowsFilter();
}

bool ComparisonFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_onlyChanges)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(RunComparisonModel::FlagRole).toInt() != 0;
}
