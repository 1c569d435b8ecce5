// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacearea.h"
#include "ui_workspacearea.h"

#include "casesmodel.h"
#include "categoriesmodel.h"
#include "categoryform.h"
#include "common/detailstack.h"
#include "common/displayformat.h"
#include "common/emptystateoverlay.h"
#include "common/filterproxymodel.h"
#include "common/multilinedelegate.h"
#include "common/tablesetup.h"
#include "document/selection.h"
#include "testcaseform.h"

#include <QHeaderView>
#include <QSettings>

WorkspaceArea::WorkspaceArea(WorkspaceDocument* document, Selection* selection, QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::WorkspaceArea>())
    , m_document(document)
    , m_selection(selection)
    , m_categories(new CategoriesModel(document, this))
    , m_cases(new CasesModel(document, this))
    , m_categoriesProxy(new FilterProxyModel(this))
    , m_casesProxy(new FilterProxyModel(this))
{
    ui->setupUi(this);
    setUpViews();
    setUpDetails();
    createActions();
    connectDocument();
    connect(selection, &Selection::categoryChanged, this, &WorkspaceArea::followSelection);
    onWorkspaceReset();
}

WorkspaceArea::~WorkspaceArea() = default;

void WorkspaceArea::setUpViews()
{
    ui->categoriesTitle->setText(tr("Categories"));
    ui->categoryFilter->setPlaceholderText(tr("Filter categories"));
    ui->caseFilter->setPlaceholderText(tr("Filter cases"));
    m_categoriesProxy->setSourceModel(m_categories);
    ui->categoriesView->setModel(m_categoriesProxy);
    ui->categoriesView->setSelectionMode(QAbstractItemView::SingleSelection);
    ui->categoriesView->sortByColumn(-1, Qt::AscendingOrder); // the file's order until the user sorts
    TableSetup::configure(ui->categoriesView, CategoriesModel::NameColumn, { 0, 140, 80, 80, 60 });
    m_casesProxy->setSourceModel(m_cases);
    ui->casesView->setModel(m_casesProxy);
    ui->casesView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    ui->casesView->sortByColumn(-1, Qt::AscendingOrder);
    ui->casesView->setItemDelegateForColumn(CasesModel::InputColumn, new MultiLineDelegate(this));
    ui->casesView->setItemDelegateForColumn(CasesModel::ExpectedColumn, new MultiLineDelegate(this));
    ui->casesView->setAcceptDrops(true);
    ui->casesView->viewport()->installEventFilter(this);
    TableSetup::configure(ui->casesView, CasesModel::InputColumn, { 70, 0, 140, 110 });
    // Arrows move within a list; Tab moves on, from the lists to the form.
    ui->categoriesView->setTabKeyNavigation(false);
    ui->casesView->setTabKeyNavigation(false);
    m_categoriesEmpty = new EmptyStateOverlay(ui->categoriesView);
    m_casesEmpty = new EmptyStateOverlay(ui->casesView);
    ui->mainSplitter->setStretchFactor(0, 3);
    ui->mainSplitter->setStretchFactor(1, 2);
    ui->mainSplitter->setSizes({ 600, 420 });
    ui->listSplitter->setSizes({ 260, 440 });

    connect(ui->categoryFilter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_categoriesProxy->setFilterFixedString(text);
        updateTexts();
    });
    connect(ui->caseFilter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_casesProxy->setFilterFixedString(text);
        updateTexts();
    });
    connect(ui->categoriesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &WorkspaceArea::onCategoryChanged);
    connect(ui->casesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &WorkspaceArea::onCaseChanged);
    connect(ui->casesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &WorkspaceArea::updateActions);
    // A click on a row that is current already still brings its editor to the front.
    connect(ui->categoriesView, &QAbstractItemView::clicked, this, [this] { ui->detailTabs->setCurrentIndex(0); });
    connect(ui->casesView, &QAbstractItemView::clicked, this, [this] { ui->detailTabs->setCurrentIndex(1); });
}

void WorkspaceArea::setUpDetails()
{
    // Made after the lists, so that Tab goes from the lists to the fields of the form in view.
    m_categoryForm = new CategoryForm(m_document, this);
    m_caseForm = new TestCaseForm(m_document, this);
    m_categoryDetail = new DetailStack(m_categoryForm, this);
    m_categoryDetail->setEmptyMessage(tr("Select a category to edit it, or add one."));
    m_caseDetail = new DetailStack(m_caseForm, this);
    m_caseDetail->setEmptyMessage(tr("Select a test case to edit its input, expected output and scorers."));
    ui->detailTabs->addTab(m_categoryDetail, tr("Category"));
    ui->detailTabs->addTab(m_caseDetail, tr("Test case"));
}

void WorkspaceArea::connectDocument()
{
    connect(m_document, &WorkspaceDocument::itemChanged, this, &WorkspaceArea::onItemChanged);
    connect(m_document, &WorkspaceDocument::workspaceReset, this, &WorkspaceArea::onWorkspaceReset);
    const auto listsChanged = [this] {
        updateTexts();
        updateActions();
        updateTrafficNotice();
    };
    connect(m_document, &WorkspaceDocument::itemInserted, this, listsChanged);
    connect(m_document, &WorkspaceDocument::itemRemoved, this, listsChanged);
}

int WorkspaceArea::currentCategory() const
{
    return m_categoriesProxy->sourceRow(ui->categoriesView->currentIndex().row());
}

int WorkspaceArea::currentCase() const
{
    return m_casesProxy->sourceRow(ui->casesView->currentIndex().row());
}

void WorkspaceArea::selectCategory(int row)
{
    if (row >= 0 && m_categoriesProxy->proxyRow(row) < 0)
        ui->categoryFilter->clear(); // the filter hid it
    const int proxyRow = m_categoriesProxy->proxyRow(row);
    if (proxyRow < 0) {
        ui->categoriesView->setCurrentIndex({});
        return;
    }
    ui->categoriesView->setCurrentIndex(m_categoriesProxy->index(proxyRow, 0));
    ui->categoriesView->scrollTo(ui->categoriesView->currentIndex());
}

void WorkspaceArea::selectCase(int row)
{
    if (row >= 0 && m_casesProxy->proxyRow(row) < 0)
        ui->caseFilter->clear();
    const int proxyRow = m_casesProxy->proxyRow(row);
    ui->casesView->setCurrentIndex(proxyRow < 0 ? QModelIndex() : m_casesProxy->index(proxyRow, 0));
    if (proxyRow >= 0)
        ui->casesView->scrollTo(ui->casesView->currentIndex());
}

void WorkspaceArea::onCategoryChanged()
{
    const int row = currentCategory();
    if (row != m_cases->category()) {
        ui->caseFilter->clear();
        m_cases->setCategory(row);
        selectCase(m_cases->rowCount() > 0 ? 0 : -1);
    }
    m_categoryForm->setCategory(row);
    m_categoryDetail->showForm(row >= 0);
    onCaseChanged();
    if (row >= 0)
        m_selection->setCategory(m_categories->keyOf(row));
    updateTexts();
    updateActions();
}

void WorkspaceArea::onCaseChanged()
{
    const int row = currentCase();
    m_caseForm->setCase(m_cases->category(), row);
    m_caseDetail->showForm(row >= 0);
    updateActions();
}

void WorkspaceArea::followSelection(const QString& name)
{
    const int row = m_categories->rowOfKey(name);
    if (row >= 0 && row != currentCategory())
        selectCategory(row);
}

void WorkspaceArea::onItemChanged(const ItemPath& path)
{
    if (path.list != ItemPath::List::Categories)
        return;
    if (path.row == currentCategory())
        m_selection->setCategory(m_categories->keyOf(path.row)); // a rename follows the user around
    updateTexts();
    updateTrafficNotice();
}

void WorkspaceArea::onWorkspaceReset()
{
    ui->categoryFilter->clear();
    const int row = m_categories->rowOfKey(m_selection->category());
    selectCategory(row >= 0 ? row : (m_categories->rowCount() > 0 ? 0 : -1));
    onCategoryChanged();
    updateTrafficNotice();
}

void WorkspaceArea::updateTexts()
{
    const int row = currentCategory();
    const QString name = row >= 0 ? m_categories->keyOf(row) : QString();
    ui->casesTitle->setText(name.isEmpty() ? tr("Test cases") : tr("Test cases of %1").arg(name));
    if (m_categories->rowCount() == 0)
        m_categoriesEmpty->setMessage(tr("No categories yet: add one, or open the sample workspace to see how a "
                                         "routing benchmark is set up."));
    else
        m_categoriesEmpty->setMessage(tr("No category matches \"%1\".").arg(ui->categoryFilter->text()));
    if (row < 0)
        m_casesEmpty->setMessage(tr("Select a category to see its test cases."));
    else if (m_cases->rowCount() == 0)
        m_casesEmpty->setMessage(tr("No test cases in %1 yet: add one, import a CSV or JSONL file, or drop such a "
                                    "file here.").arg(name));
    else
        m_casesEmpty->setMessage(tr("No test case matches \"%1\".").arg(ui->caseFilter->text()));
}

void WorkspaceArea::updateTrafficNotice()
{
    const double total = m_categories->totalTrafficShare();
    ui->trafficNotice->setText(m_categories->isOverbooked()
            ? tr("Traffic shares add up to %1, more than 100%. Projected costs count some requests twice until "
                 "the shares are lowered.").arg(DisplayFormat::percent(total))
            : QString());
}

void WorkspaceArea::saveState(QSettings& settings) const
{
    settings.setValue(QStringLiteral("mainSplitter"), ui->mainSplitter->saveState());
    settings.setValue(QStringLiteral("listSplitter"), ui->listSplitter->saveState());
    settings.setValue(QStringLiteral("categoriesHeader"), ui->categoriesView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("casesHeader"), ui->casesView->horizontalHeader()->saveState());
}

void WorkspaceArea::restoreState(const QSettings& settings)
{
    ui->mainSplitter->restoreState(settings.value(QStringLiteral("mainSplitter")).toByteArray());
    ui->listSplitter->restoreState(settings.value(QStringLiteral("listSplitter")).toByteArray());
    ui->categoriesView->horizontalHeader()->restoreState(settings.value(QStringLiteral("categoriesHeader")).toByteArray());
    ui->casesView->horizontalHeader()->restoreState(settings.value(QStringLiteral("casesHeader")).toByteArray());
}
