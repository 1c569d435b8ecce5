// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/workspacedocument.h"
#include "itemroles.h"

#include <QAbstractTableModel>

class QUndoCommand;

// A table over one list of the open workspace (providers, models, categories, or one category's
// cases). It keeps rows in step with the document's signals; subclasses only say what a cell shows
// and which undoable command an edit makes. Edits never change the workspace directly: setData()
// pushes the command onto the document's undo stack, and the document's signal updates the row.
class DocumentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        SortRole = ItemRole::Sort,
        KeyRole, // the item's name or id, unique in its list
        FirstCustomRole = Qt::UserRole + 16,
    };

    DocumentTableModel(WorkspaceDocument* document, ItemPath::List list, int columnCount, QObject* parent = nullptr);

    WorkspaceDocument* document() const { return m_document; }
    ItemPath::List list() const { return m_list; }
    // For a list of cases: the row of the category whose cases are shown; -1 shows none.
    int category() const { return m_category; }
    void setCategory(int categoryRow);

    ItemPath pathOf(int row) const { return { m_list, m_category, row }; }
    int rowOfKey(const QString& key) const; // -1 when no row has it
    QString keyOf(int row) const { return key(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    // What the cell shows for role; SortRole falls back to DisplayRole when this returns nothing.
    virtual QVariant cell(int row, int column, int role) const = 0;
    virtual QString key(int row) const = 0;
    virtual QString columnTitle(int column) const = 0;
    virtual QString columnToolTip(int column) const;
    virtual bool isEditable(int column) const;
    // The command that makes the edit (not yet executed), or nullptr when the value is refused.
    virtual QUndoCommand* editCommand(int row, int column, const QVariant& value);

private:
    bool holds(const ItemPath& path) const;
    void emitRowsChanged(int first, int last);
    void onItemChanged(const ItemPath& path);
    void onAboutToInsert(const ItemPath& path);
    void onInserted(const ItemPath& path);
    void onAboutToRemove(const ItemPath& path);
    void onRemoved(const ItemPath& path);
    void onCategoryChanged(int categoryRow);
    void onCategoryInserted(int categoryRow);
    void onCategoryAboutToBeRemoved(int categoryRow);
    void onCategoryRemoved(int categoryRow);
    void onAboutToReset();
    void onReset();

    WorkspaceDocument* m_document;
    ItemPath::List m_list;
    int m_columnCount;
    int m_category = -1;
    int m_rowCount = 0; // changes only between begin/end calls, as views expect
};
