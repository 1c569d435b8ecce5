// SPDX-License-Identifier: GPL-3.0-or-later
#include "choicesdelegate.h"

#include <QComboBox>

ChoicesDelegate::ChoicesDelegate(int choicesRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_choicesRole(choicesRole)
{
}

QWidget* ChoicesDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                       const QModelIndex& index) const
{
    const QStringList choices = index.data(m_choicesRole).toStringList();
    if (choices.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* combo = new QComboBox(parent);
    combo->addItems(choices);
    combo->setMaxVisibleItems(16);
    // One choice commits the edit: no need to click elsewhere.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        Q_EMIT const_cast<ChoicesDelegate*>(this)->commitData(combo);
        Q_EMIT const_cast<ChoicesDelegate*>(this)->closeEditor(combo);
    });
    return combo;
}

void ChoicesDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    combo->setCurrentIndex(qMax(0, combo->findText(index.data(Qt::EditRole).toString())));
}

void ChoicesDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        model->setData(index, combo->currentText(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}
