// SPDX-License-Identifier: GPL-3.0-or-later
#include "multilinedelegate.h"

#include <QPlainTextEdit>

MultiLineDelegate::MultiLineDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QWidget* MultiLineDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* editor = new QPlainTextEdit(parent);
    editor->setTabChangesFocus(true);
    return editor;
}

void MultiLineDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* text = static_cast<QPlainTextEdit*>(editor);
    if (text->toPlainText() != index.data(Qt::EditRole).toString())
        text->setPlainText(index.data(Qt::EditRole).toString());
}

void MultiLineDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    model->setData(index, static_cast<QPlainTextEdit*>(editor)->toPlainText(), Qt::EditRole);
}

void MultiLineDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex&) const
{
    QRect rect = option.rect;
    rect.setHeight(std::max(rect.height(), editor->fontMetrics().lineSpacing() * 5 + 8));
    editor->setGeometry(rect);
}
