// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class EmptyStateOverlay;
class QAbstractItemModel;
class QTableView;
class QToolButton;

// A small editable table with add and remove buttons, for the lists inside a form (scorers,
// headers, variables, chat messages). The model must support insertRows() and removeRows().
// edited() says the user changed the list; loading the model (a reset) does not emit it.
class ListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ListEditor(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model);
    QTableView* view() const { return m_view; }
    void setEmptyMessage(const QString& message);
    void setAddToolTip(const QString& text);
    void setVisibleRows(int rows); // the height it asks for
    // Initial widths of the columns; stretchColumn takes the room left.
    void setColumnWidths(const QList<int>& widths, int stretchColumn);

    void addRow();
    void removeSelectedRows();

Q_SIGNALS:
    void edited();

private:
    void updateButtons();

    QTableView* m_view;
    QToolButton* m_addButton;
    QToolButton* m_removeButton;
    EmptyStateOverlay* m_emptyState = nullptr;
    QString m_emptyMessage;
};
