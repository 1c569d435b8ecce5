// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablemodel.h"

TableModelBase::TableModelBase(int columnCount, QObject* parent)
    : QAbstractTableModel(parent)
    , m_columnCount(columnCount)
{
}

int TableModelBase::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant TableModelBase::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cellAt(index.row(), index.column(), role);
}
