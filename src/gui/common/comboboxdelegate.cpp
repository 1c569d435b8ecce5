// SPDX-License-Identifier: GPL-3.0-or-later
#include "comboboxdelegate.h"

#include <QComboBox>
#include <QCompleter>

ComboBoxDelegate::ComboBoxDelegate(const QStringList& choices, bool editable, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_choices(choices)
    , m_editable(editable)
{
}

QWidget* ComboBoxDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->addItems(m_choices);
    combo->setEditable(m_editable);
    combo->setMaxVisibleItems(16);
    if (m_editable)
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    return combo;
}

void ComboBoxDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const QString text = index.data(Qt::EditRole).toString();
    const int row = combo->findText(text);
    if (row >= 0)
        combo->setCurrentIndex(row);
    else if (m_editable)
        combo->setEditText(text);
}

void ComboBoxDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    model->setData(index, static_cast<QComboBox*>(editor)->currentText(), Qt::EditRole);
}
