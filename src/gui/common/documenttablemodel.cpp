// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttablemodel.h"

#include <QUndoCommand>
#include <QUndoStack>

DocumentTableModel::DocumentTableModel(WorkspaceDocument* document, ItemPath::List list, int columnCount,
    QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_list(list)
    , m_columnCount(columnCount)
{
    m_rowCount = list == ItemPath::List::Cases ? 0 : document->count(list);
    connect(document, &WorkspaceDocument::itemChanged, this, &DocumentTableModel::onItemChanged);
    connect(document, &WorkspaceDocument::aboutToInsertItem, this, &DocumentTableModel::onAboutToInsert);
    connect(document, &WorkspaceDocument::itemInserted, this, &DocumentTableModel::onInserted);
    connect(document, &WorkspaceDocument::aboutToRemoveItem, this, &DocumentTableModel::onAboutToRemove);
    connect(document, &WorkspaceDocument::itemRemoved, this, &DocumentTableModel::onRemoved);
    connect(document, &WorkspaceDocument::aboutToReset, this, &DocumentTableModel::onAboutToReset);
    connect(document, &WorkspaceDocument::workspaceReset, this, &DocumentTableModel::onReset);
}

void DocumentTableModel::setCategory(int categoryRow)
{
    Q_ASSERT(m_list == ItemPath::List::Cases);
    if (categoryRow >= m_document->count(ItemPath::List::Categories))
        categoryRow = -1;
    if (categoryRow == m_category)
        return;
    beginResetModel();
    m_category = categoryRow;
    m_rowCount = m_document->count(m_list, m_category);
    endResetModel();
}

int DocumentTableModel::rowOfKey(const QString& key) const
{
    for (int row = 0; row < m_rowCount; ++row) {
        if (this->key(row) == key)
            return row;
    }
    return -1;
}

int DocumentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int DocumentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant DocumentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == KeyRole)
        return key(index.row());
    QVariant value = cell(index.row(), index.column(), role);
    if (role == SortRole && !value.isValid())
        value = cell(index.row(), index.column(), Qt::DisplayRole);
    return value;
}

bool DocumentTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !isEditable(index.column()))
        return false;
    if (value == cell(index.row(), index.column(), Qt::EditRole))
        return true; // nothing to undo
    QUndoCommand* command = editCommand(index.row(), index.column(), value);
    if (!command)
        return false;
    m_document->undoStack()->push(command); // the document's signal updates the row
    return true;
}

Qt::ItemFlags DocumentTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && isEditable(index.column()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant DocumentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole) {
        const QString tip = columnToolTip(section);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    return {};
}

QString DocumentTableModel::columnToolTip(int) const
{
    return {};
}

bool DocumentTableModel::isEditable(int) const
{
    return false;
}

QUndoCommand* DocumentTableModel::editCommand(int, int, const QVariant&)
{
    return nullptr;
}

bool DocumentTableModel::holds(const ItemPath& path) const
{
    return path.list == m_list && (m_list != ItemPath::List::Cases || path.category == m_category);
}

void DocumentTableModel::emitRowsChanged(int first, int last)
{
    if (first <= last)
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
}

void DocumentTableModel::onItemChanged(const ItemPath& path)
{
    if (holds(path))
        emitRowsChanged(path.row, path.row);
    else if (path.list == ItemPath::List::Categories && m_list == ItemPath::List::Cases)
        onCategoryChanged(path.row);
}

void DocumentTableModel::onAboutToInsert(const ItemPath& path)
{
    if (holds(path))
        beginInsertRows({}, path.row, path.row);
}

void DocumentTableModel::onInserted(const ItemPath& path)
{
    if (holds(path)) {
        ++m_rowCount;
        endInsertRows();
    } else if (path.list == ItemPath::List::Cases && m_list == ItemPath::List::Categories) {
        emitRowsChanged(path.category, path.category); // its count of cases
    } else if (path.list == ItemPath::List::Categories && m_list == ItemPath::List::Cases) {
        onCategoryInserted(path.row);
    }
}

void DocumentTableModel::onAboutToRemove(const ItemPath& path)
{
    if (holds(path))
        beginRemoveRows({}, path.row, path.row);
    else if (path.list == ItemPath::List::Categories && m_list == ItemPath::List::Cases)
        onCategoryAboutToBeRemoved(path.row);
}

void DocumentTableModel::onRemoved(const ItemPath& path)
{
    if (holds(path)) {
        --m_rowCount;
        endRemoveRows();
    } else if (path.list == ItemPath::List::Cases && m_list == ItemPath::List::Categories) {
        emitRowsChanged(path.category, path.category);
    } else if (path.list == ItemPath::List::Categories && m_list == ItemPath::List::Cases) {
        onCategoryRemoved(path.row);
    }
}

// A category replaced as a whole may bring other cases than the ones shown.
void DocumentTableModel::onCategoryChanged(int categoryRow)
{
    if (categoryRow != m_category)
        return;
    const int count = m_document->count(m_list, m_category);
    if (count == m_rowCount) {
        emitRowsChanged(0, m_rowCount - 1);
        return;
    }
    beginResetModel();
    m_rowCount = count;
    endResetModel();
}

void DocumentTableModel::onCategoryInserted(int categoryRow)
{
    if (m_category >= 0 && categoryRow <= m_category)
        ++m_category;
}

// The shown category goes: show nothing, before it is gone, so that no view asks for its cases.
void DocumentTableModel::onCategoryAboutToBeRemoved(int categoryRow)
{
    if (categoryRow != m_category)
        return;
    beginResetModel();
    m_category = -1;
    m_rowCount = 0;
    endResetModel();
}

void DocumentTableModel::onCategoryRemoved(int categoryRow)
{
    if (categoryRow < m_category)
        --m_category;
}

void DocumentTableModel::onAboutToReset()
{
    beginResetModel();
}

void DocumentTableModel::onReset()
{
    if (m_list == ItemPath::List::Cases)
        m_category = -1; // the new workspace's categories are others; the view picks one
    m_rowCount = m_document->count(m_list, m_category);
    endResetModel();
}
