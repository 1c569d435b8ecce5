// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

#include <functional>

class DetailStack;
class DocumentTableModel;
class EmptyStateOverlay;
class FilterProxyModel;
class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QSettings;
class QSplitter;
class QTabWidget;
class QTableView;

// The editing areas' screen: lists of the document stacked on the left, each under a title with a
// filter field and its add/remove buttons, and on the right one tab per list holding the form of
// that list's current item, or a sentence while there is none. It keeps the views, the filters,
// the tabs and the empty states in step; the area says what the lists hold, what the buttons do and
// what the forms show. Rows are the source model's rows throughout, whatever the filter and sorting.
class ListDetailPane : public QWidget
{
    Q_OBJECT
public:
    struct Tool {
        QAction* action;
        QString text; // short: the list's title says what is added or removed
        QString objectName;
        QMenu* menu = nullptr; // beside the button, for adding from a catalogue
    };

    struct List {
        QString name; // "providers": names the view (providersView), its panel and its saved header
        QString itemName; // "provider": names the filter field (providerFilter)
        QString title;
        QString filterPlaceholder;
        DocumentTableModel* model = nullptr;
        int stretchColumn = 0;
        QList<int> columnWidths; // minimums; empty: as the header and content need
        QList<Tool> tools;
        QWidget* banner = nullptr; // a notice between the title and the table
        bool multiSelection = false;
        std::function<void()> currentChanged; // the area's answer to a new current row
    };

    // An action of the area (QWidget::actions(), which the shell shows in the area's menu) for a tool.
    static QAction* makeAction(QWidget* area, const QString& text, const QString& iconName, const QString& toolTip);

    explicit ListDetailPane(const QList<List>& lists, QWidget* parent = nullptr);
    ~ListDetailPane() override;

    // The list's tab shows form while the list has a current row, else emptyMessage. Forms are made
    // after the pane, so that Tab goes from the lists to the fields of the form in view.
    template<typename Form>
    void setDetail(int list, Form* form, const QString& tabTitle, const QString& emptyMessage)
    {
        setDetailForm(list, form, tabTitle, emptyMessage, [form] { form->focusFirstField(); });
    }
    void setSizes(const QList<int>& columns, const QList<int>& lists);

    QTableView* view(int list) const;
    int currentRow(int list) const; // -1 when none
    QList<int> selectedRows(int list) const; // distinct, ascending
    void selectRow(int list, int row); // -1 clears; clears a filter that hides the row
    void clearFilter(int list);
    QString filterText(int list) const;
    void setTitle(int list, const QString& title);
    void setEmptyMessage(int list, const QString& message);
    void showDetail(int list, bool hasItem);
    void bringDetailToFront(int list);

    // Inserts value at row as one undo step, makes it current and puts the focus in the first field
    // of its form, ready for typing.
    void addItem(int list, int row, const QVariant& value, const QString& undoText);
    void editRow(int list, int row);

    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);

Q_SIGNALS:
    void filterChanged(int list);

private:
    struct Entry {
        QString name;
        DocumentTableModel* model;
        FilterProxyModel* proxy;
        QLabel* title;
        QLineEdit* filter;
        QTableView* view;
        EmptyStateOverlay* empty;
        DetailStack* detail = nullptr;
        std::function<void()> focusForm;
    };

    QWidget* createPanel(const List& list);
    QHBoxLayout* createHeader(const List& list, Entry& entry, QWidget* panel);
    QTableView* createView(const List& list, Entry& entry, QWidget* panel);
    void setDetailForm(int list, QWidget* form, const QString& tabTitle, const QString& emptyMessage,
        std::function<void()> focusForm);

    QList<Entry> m_lists;
    QSplitter* m_mainSplitter;
    QSplitter* m_listSplitter;
    QTabWidget* m_detailTabs = nullptr;
};
