// SPDX-License-Identifier: GPL-3.0-or-later
#include "listeditor.h"

#include "emptystateoverlay.h"
#include "tablesetup.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

ListEditor::ListEditor(QWidget* parent)
    : QWidget(parent)
    , m_view(new QTableView(this))
    , m_addButton(new QToolButton(this))
    , m_removeButton(new QToolButton(this))
{
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(TableSetup::compactRowHeight(m_view));
    m_addButton->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_addButton->setText(tr("Add"));
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_removeButton->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_removeButton->setText(tr("Remove"));
    m_removeButton->setToolTip(tr("Remove the selected rows"));
    m_removeButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_addButton, &QToolButton::clicked, this, &ListEditor::addRow);
    connect(m_removeButton, &QToolButton::clicked, this, &ListEditor::removeSelectedRows);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    setVisibleRows(4);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // a form's spare room is not for the list
}

void ListEditor::setModel(QAbstractItemModel* model)
{
    m_view->setModel(model);
    connect(model, &QAbstractItemModel::dataChanged, this, &ListEditor::edited);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ListEditor::edited);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ListEditor::edited);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ListEditor::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &ListEditor::updateButtons);
    delete m_emptyState;
    m_emptyState = new EmptyStateOverlay(m_view);
    m_emptyState->setMessage(m_emptyMessage);
    updateButtons();
}

void ListEditor::setEmptyMessage(const QString& message)
{
    m_emptyMessage = message;
    if (m_emptyState)
        m_emptyState->setMessage(message);
}

void ListEditor::setAddToolTip(const QString& text)
{
    m_addButton->setToolTip(text);
}

void ListEditor::setVisibleRows(int rows)
{
    const int header = m_view->horizontalHeader()->sizeHint().height();
    const int row = m_view->verticalHeader()->defaultSectionSize();
    m_view->setMinimumHeight(header + rows * row + 2 * m_view->frameWidth());
    m_view->setMaximumHeight(header + (rows + 2) * row + 2 * m_view->frameWidth());
}

void ListEditor::setColumnWidths(const QList<int>& widths, int stretchColumn)
{
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    for (int column = 0; column < widths.size(); ++column) {
        if (column != stretchColumn)
            header->resizeSection(column, widths.at(column));
    }
}

void ListEditor::addRow()
{
    QAbstractItemModel* model = m_view->model();
    const int row = model->rowCount();
    if (!model->insertRows(row, 1))
        return;
    const QModelIndex index = model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->edit(index);
}

void ListEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.rbegin(), rows.rend());
    for (int row : std::as_const(rows))
        m_view->model()->removeRows(row, 1);
}

void ListEditor::updateButtons()
{
    m_removeButton->setEnabled(m_view->selectionModel() && m_view->selectionModel()->hasSelection());
}
