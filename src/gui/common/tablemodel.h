// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemroles.h"

#include <QAbstractTableModel>
#include <QList>

// The index bookkeeping of a read-only table: row and column counts, index checks and the sort
// role, so that a concrete model only says what a cell shows (TableModel<Row> below).
class TableModelBase : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        SortRole = ItemRole::Sort,
        FirstOwnRole, // where a model's own roles start
    };

    int columnCount(const QModelIndex& parent = {}) const final;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const final;

protected:
    TableModelBase(int columnCount, QObject* parent);
    // For tables whose columns follow their data: call between beginResetModel() and endResetModel().
    void setColumnCount(int columnCount) { m_columnCount = columnCount; }
    // The cell at a valid row and column.
    virtual QVariant cellAt(int row, int column, int role) const = 0;

private:
    int m_columnCount;
};

// A read-only table with one Row value a line; a model overrides cell() and, for its titles, headerData().
template <typename Row> class TableModel : public TableModelBase
{
public:
    int rowCount(const QModelIndex& parent = {}) const final { return parent.isValid() ? 0 : int(m_rows.size()); }
    const QList<Row>& rows() const { return m_rows; }

protected:
    using TableModelBase::TableModelBase;

    virtual QVariant cell(const Row& row, int column, int role) const = 0;

    void setRows(const QList<Row>& rows)
    {
        resetRows([&rows] { return rows; });
    }

    // Replaces the rows with what update() returns; update() may first change whatever else the
    // cells read, since it runs inside the reset.
    template <typename Update> void resetRows(Update&& update)
    {
        beginResetModel();
        m_rows = update();
        endResetModel();
    }

    void appendRows(const QList<Row>& rows)
    {
        if (rows.isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        m_rows.append(rows);
        endInsertRows();
    }

    void replaceRow(int row, const Row& value)
    {
        m_rows[row] = value;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }

private:
    QVariant cellAt(int row, int column, int role) const final { return cell(m_rows.at(row), column, role); }

    QList<Row> m_rows;
};
