// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

// An editable table over a small list of values held by the model itself, such as the scorers of a
// category or the headers of a provider: a form loads the list with setItems() and reads it back
// with items() when the user has changed it. Subclasses say what a cell shows and how an edit
// changes an item.
template<typename T>
class ValueListModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    const QList<T>& items() const { return m_items; }
    void setItems(const QList<T>& items)
    {
        if (items == m_items)
            return;
        beginResetModel();
        m_items = items;
        endResetModel();
    }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_items.size()); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return cellData(m_items.at(index.row()), index.column(), role);
    }

    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override
    {
        if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
            return false;
        T item = m_items.at(index.row());
        if (!setCell(item, index.column(), value))
            return false;
        if (item == m_items.at(index.row()))
            return true;
        m_items[index.row()] = item;
        Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(columnCount() - 1));
        return true;
    }

    Qt::ItemFlags flags(const QModelIndex& index) const override
    {
        Qt::ItemFlags flags = QAbstractTableModel::flags(index);
        return index.isValid() ? flags | Qt::ItemIsEditable : flags;
    }

    bool insertRows(int row, int count, const QModelIndex& parent = {}) override
    {
        if (parent.isValid() || row < 0 || row > m_items.size() || count < 1)
            return false;
        beginInsertRows(parent, row, row + count - 1);
        for (int i = 0; i < count; ++i)
            m_items.insert(row, newItem());
        endInsertRows();
        return true;
    }

    bool removeRows(int row, int count, const QModelIndex& parent = {}) override
    {
        if (parent.isValid() || row < 0 || count < 1 || row + count > m_items.size())
            return false;
        beginRemoveRows(parent, row, row + count - 1);
        m_items.remove(row, count);
        endRemoveRows();
        return true;
    }

protected:
    virtual QVariant cellData(const T& item, int column, int role) const = 0;
    // Applies an edit to item; false refuses the value.
    virtual bool setCell(T& item, int column, const QVariant& value) const = 0;
    virtual T newItem() const { return T {}; }

private:
    QList<T> m_items;
};
