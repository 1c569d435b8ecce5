// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Edits a cell with a combo box of the choices its model gives for the cell (choicesRole), read
// when the editor opens, so that a list that changes (the workspace's models) is always current.
// Cells without choices get the default editor.
class ChoicesDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ChoicesDelegate(int choicesRole, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    int m_choicesRole;
};
