// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistmodel.h"

#include <algorithm>

CheckListModel::CheckListModel(const QStringList& headers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_headers(headers)
{
}

void CheckListModel::setRows(const QList<CheckListRow>& rows)
{
    if (rows == m_rows)
        return;
    const bool sameKeys = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                      [](const CheckListRow& a, const CheckListRow& b) { return a.key == b.key; });
    if (sameKeys) {
        m_rows = rows;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emitChecksChanged();
}

QStringList CheckListModel::checkedKeys() const
{
    QStringList keys;
    for (const CheckListRow& row : m_rows) {
        if (!m_unchecked.contains(row.key))
            keys.append(row.key);
    }
    return keys;
}

void CheckListModel::setCheckedKeys(const QStringList& keys)
{
    m_unchecked.clear();
    for (const CheckListRow& row : std::as_const(m_rows)) {
        if (!keys.contains(row.key))
            m_unchecked.insert(row.key);
    }
    emitChecksChanged();
}

void CheckListModel::setAllChecked(bool checked)
{
    QStringList keys;
    for (const CheckListRow& row : std::as_const(m_rows))
        keys.append(row.key);
    setCheckedKeys(checked ? keys : QStringList());
}

int CheckListModel::checkedCount() const
{
    return int(checkedKeys().size());
}

void CheckListModel::emitChecksChanged()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), { Qt::CheckStateRole });
    Q_EMIT checksChanged();
}

int CheckListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CheckListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant CheckListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CheckListRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.cells.value(index.column());
    case Qt::CheckStateRole:
        return index.column() == 0 ? QVariant(m_unchecked.contains(row.key) ? Qt::Unchecked : Qt::Checked) : QVariant();
    case Qt::ToolTipRole:
        return row.toolTip.isEmpty() ? QVariant() : QVariant(row.toolTip);
    case Qt::TextAlignmentRole:
        return index.column() > 0 ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case KeyRole:
        return row.key;
    default:
        return {};
    }
}

bool CheckListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != 0 || role != Qt::CheckStateRole)
        return false;
    const QString key = m_rows.at(index.row()).key;
    if (value.value<Qt::CheckState>() == Qt::Checked)
        m_unchecked.remove(key);
    else
        m_unchecked.insert(key);
    Q_EMIT dataChanged(index, index, { Qt::CheckStateRole });
    Q_EMIT checksChanged();
    return true;
}

Qt::ItemFlags CheckListModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() && index.column() == 0 ? base | Qt::ItemIsUserCheckable : base;
}

QVariant CheckListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}
