// SPDX-License-Identifier: GPL-3.0-or-later
#include "listdetailpane.h"

#include "detailstack.h"
#include "document/editcommands.h"
#include "documenttablemodel.h"
#include "emptystateoverlay.h"
#include "filterproxymodel.h"
#include "tablesetup.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>

namespace {
QSplitter* makeSplitter(Qt::Orientation orientation, const QString& name, QWidget* parent)
{
    auto* splitter = new QSplitter(orientation, parent);
    splitter->setObjectName(name);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

QToolButton* makeButton(const ListDetailPane::Tool& tool, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(tool.objectName);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    tool.action->setIconText(tool.text);
    button->setDefaultAction(tool.action);
    if (tool.menu) {
        button->setMenu(tool.menu);
        button->setPopupMode(QToolButton::MenuButtonPopup);
    }
    return button;
}

QString headerKey(const QString& name)
{
    return name + QLatin1String("Header");
}
}

QAction* ListDetailPane::makeAction(QWidget* area, const QString& text, const QString& iconName, const QString& toolTip)
{
    auto* action = new QAction(QIcon::fromTheme(iconName), text, area);
    action->setToolTip(toolTip);
    area->addAction(action);
    return action;
}

// Widgets are made in the order Tab visits them: each list's title row and table, then the tabs.
ListDetailPane::ListDetailPane(const QList<List>& lists, QWidget* parent)
    : QWidget(parent)
    , m_mainSplitter(makeSplitter(Qt::Horizontal, QStringLiteral("mainSplitter"), this))
    , m_listSplitter(makeSplitter(Qt::Vertical, QStringLiteral("listSplitter"), m_mainSplitter))
{
    for (const List& list : lists)
        m_listSplitter->addWidget(createPanel(list));
    m_mainSplitter->addWidget(m_listSplitter);
    m_detailTabs = new QTabWidget(m_mainSplitter);
    m_detailTabs->setObjectName(QStringLiteral("detailTabs"));
    m_detailTabs->setDocumentMode(true);
    m_mainSplitter->addWidget(m_detailTabs);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mainSplitter);
}

ListDetailPane::~ListDetailPane() = default;

QWidget* ListDetailPane::createPanel(const List& list)
{
    auto* panel = new QWidget(m_listSplitter);
    panel->setObjectName(list.name + QLatin1String("Panel"));
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    Entry entry { list.name, list.model, new FilterProxyModel(this) };
    layout->addLayout(createHeader(list, entry, panel));
    if (list.banner)
        layout->addWidget(list.banner);
    layout->addWidget(createView(list, entry, panel));
    const int index = int(m_lists.size());
    m_lists.append(entry);

    connect(entry.filter, &QLineEdit::textChanged, this, [this, index](const QString& text) {
        m_lists.at(index).proxy->setFilterFixedString(text);
        Q_EMIT filterChanged(index);
    });
    if (list.currentChanged)
        connect(entry.view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, list.currentChanged);
    // A click on a row that is current already still brings its form to the front.
    connect(entry.view, &QAbstractItemView::clicked, this, [this, index] { bringDetailToFront(index); });
    return panel;
}

QHBoxLayout* ListDetailPane::createHeader(const List& list, Entry& entry, QWidget* panel)
{
    auto* layout = new QHBoxLayout;
    entry.title = new QLabel(list.title, panel);
    entry.title->setObjectName(list.name + QLatin1String("Title"));
    QFont bold;
    bold.setBold(true);
    entry.title->setFont(bold);
    layout->addWidget(entry.title);
    layout->addStretch();
    entry.filter = new QLineEdit(panel);
    entry.filter->setObjectName(list.itemName + QLatin1String("Filter"));
    entry.filter->setClearButtonEnabled(true);
    entry.filter->setPlaceholderText(list.filterPlaceholder);
    layout->addWidget(entry.filter);
    for (const Tool& tool : list.tools)
        layout->addWidget(makeButton(tool, panel));
    return layout;
}

QTableView* ListDetailPane::createView(const List& list, Entry& entry, QWidget* panel)
{
    entry.view = new QTableView(panel);
    entry.view->setObjectName(list.name + QLatin1String("View"));
    entry.view->setAlternatingRowColors(true);
    entry.view->setSelectionBehavior(QAbstractItemView::SelectRows);
    entry.view->setSortingEnabled(true);
    entry.view->setWordWrap(false);
    entry.view->verticalHeader()->setVisible(false);
    entry.view->horizontalHeader()->setHighlightSections(false);
    entry.proxy->setSourceModel(list.model);
    entry.view->setModel(entry.proxy);
    entry.view->setSelectionMode(list.multiSelection ? QAbstractItemView::ExtendedSelection
                                                     : QAbstractItemView::SingleSelection);
    entry.view->sortByColumn(-1, Qt::AscendingOrder); // the file's order until the user sorts
    TableSetup::configure(entry.view, list.stretchColumn, list.columnWidths);
    // Arrows move within a list; Tab moves on, from the lists to the form.
    entry.view->setTabKeyNavigation(false);
    entry.empty = new EmptyStateOverlay(entry.view);
    return entry.view;
}

void ListDetailPane::setDetailForm(int list, QWidget* form, const QString& tabTitle, const QString& emptyMessage,
    std::function<void()> focusForm)
{
    Entry& entry = m_lists[list];
    entry.detail = new DetailStack(form, this);
    entry.detail->setEmptyMessage(emptyMessage);
    entry.focusForm = std::move(focusForm);
    m_detailTabs->insertTab(list, entry.detail, tabTitle);
}

void ListDetailPane::setSizes(const QList<int>& columns, const QList<int>& lists)
{
    m_mainSplitter->setSizes(columns);
    m_listSplitter->setSizes(lists);
}

QTableView* ListDetailPane::view(int list) const
{
    return m_lists.at(list).view;
}

int ListDetailPane::currentRow(int list) const
{
    const Entry& entry = m_lists.at(list);
    return entry.proxy->sourceRow(entry.view->currentIndex().row());
}

QList<int> ListDetailPane::selectedRows(int list) const
{
    const Entry& entry = m_lists.at(list);
    return entry.proxy->sourceRows(entry.view->selectionModel()->selectedRows());
}

void ListDetailPane::selectRow(int list, int row)
{
    const Entry& entry = m_lists.at(list);
    if (row >= 0 && entry.proxy->proxyRow(row) < 0)
        entry.filter->clear(); // the filter hid it
    const int proxyRow = entry.proxy->proxyRow(row);
    entry.view->setCurrentIndex(proxyRow < 0 ? QModelIndex() : entry.proxy->index(proxyRow, 0));
    if (proxyRow >= 0)
        entry.view->scrollTo(entry.view->currentIndex());
}

void ListDetailPane::clearFilter(int list)
{
    m_lists.at(list).filter->clear();
}

QString ListDetailPane::filterText(int list) const
{
    return m_lists.at(list).filter->text();
}

void ListDetailPane::setTitle(int list, const QString& title)
{
    m_lists.at(list).title->setText(title);
}

void ListDetailPane::setEmptyMessage(int list, const QString& message)
{
    m_lists.at(list).empty->setMessage(message);
}

void ListDetailPane::showDetail(int list, bool hasItem)
{
    m_lists.at(list).detail->showForm(hasItem);
}

void ListDetailPane::bringDetailToFront(int list)
{
    m_detailTabs->setCurrentIndex(list);
}

void ListDetailPane::addItem(int list, int row, const QVariant& value, const QString& undoText)
{
    DocumentTableModel* model = m_lists.at(list).model;
    WorkspaceDocument* document = model->document();
    document->undoStack()->push(new InsertItemCommand(document, model->pathOf(row), value, undoText));
    editRow(list, row);
}

void ListDetailPane::editRow(int list, int row)
{
    selectRow(list, row);
    bringDetailToFront(list);
    if (const auto& focusForm = m_lists.at(list).focusForm)
        focusForm();
}

void ListDetailPane::saveState(QSettings& settings) const
{
    settings.setValue(QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("listSplitter"), m_listSplitter->saveState());
    for (const Entry& entry : m_lists)
        settings.setValue(headerKey(entry.name), entry.view->horizontalHeader()->saveState());
}

void ListDetailPane::restoreState(const QSettings& settings)
{
    m_mainSplitter->restoreState(settings.value(QStringLiteral("mainSplitter")).toByteArray());
    m_listSplitter->restoreState(settings.value(QStringLiteral("listSplitter")).toByteArray());
    for (const Entry& entry : m_lists)
        entry.view->horizontalHeader()->restoreState(settings.value(headerKey(entry.name)).toByteArray());
}
