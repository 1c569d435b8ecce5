// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacearea.h"

#include "casesmodel.h"
#include "categoriesmodel.h"
#include "categoryform.h"
#include "common/displayformat.h"
#include "common/listdetailpane.h"
#include "common/multilinedelegate.h"
#include "common/noticebanner.h"
#include "document/selection.h"
#include "testcaseform.h"

#include <QHBoxLayout>
#include <QTableView>

WorkspaceArea::WorkspaceArea(WorkspaceDocument* document, Selection* selection, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_categories(new CategoriesModel(document, this))
    , m_cases(new CasesModel(document, this))
{
    createActions();
    createPane();
    setUpDetails();
    connectDocument();
    connect(selection, &Selection::categoryChanged, this, &WorkspaceArea::followSelection);
    onWorkspaceReset();
}

WorkspaceArea::~WorkspaceArea() = default;

void WorkspaceArea::createPane()
{
    m_trafficNotice = new NoticeBanner(this);
    m_trafficNotice->setObjectName(QStringLiteral("trafficNotice"));
    ListDetailPane::List categories { QStringLiteral("categories"), QStringLiteral("category"), tr("Categories"),
        tr("Filter categories"), m_categories, CategoriesModel::NameColumn, { 0, 140, 80, 80, 60 } };
    categories.tools = { { m_addCategory, tr("Add"), QStringLiteral("addCategoryButton") },
        { m_duplicateCategory, tr("Duplicate"), QStringLiteral("duplicateCategoryButton") },
        { m_removeCategory, tr("Remove"), QStringLiteral("removeCategoryButton") } };
    categories.banner = m_trafficNotice;
    categories.currentChanged = [this] { onCategoryChanged(); };
    ListDetailPane::List cases { QStringLiteral("cases"), QStringLiteral("case"), QString(), tr("Filter cases"),
        m_cases, CasesModel::InputColumn, { 70, 0, 140, 110 } };
    cases.tools = { { m_addCase, tr("Add"), QStringLiteral("addCaseButton") },
        { m_duplicateCase, tr("Duplicate"), QStringLiteral("duplicateCaseButton") },
        { m_removeCases, tr("Remove"), QStringLiteral("removeCaseButton") },
        { m_importCases, tr("Import..."), QStringLiteral("importCasesButton") } };
    cases.multiSelection = true;
    cases.currentChanged = [this] { onCaseChanged(); };
    m_pane = new ListDetailPane({ categories, cases }, this);
    m_pane->setSizes({ 600, 420 }, { 260, 440 });
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_pane);
    setUpCasesView(m_pane->view(CaseList));
    connect(m_pane, &ListDetailPane::filterChanged, this, &WorkspaceArea::updateTexts);
}

void WorkspaceArea::setUpCasesView(QTableView* view)
{
    view->setItemDelegateForColumn(CasesModel::InputColumn, new MultiLineDelegate(this));
    view->setItemDelegateForColumn(CasesModel::ExpectedColumn, new MultiLineDelegate(this));
    view->setAcceptDrops(true);
    view->viewport()->installEventFilter(this);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WorkspaceArea::updateActions);
}

void WorkspaceArea::setUpDetails()
{
    m_categoryForm = new CategoryForm(m_document, this);
    m_caseForm = new TestCaseForm(m_document, this);
    m_pane->setDetail(CategoryList, m_categoryForm, tr("Category"), tr("Select a category to edit it, or add one."));
    m_pane->setDetail(CaseList, m_caseForm, tr("Test case"),
        tr("Select a test case to edit its input, expected output and scorers."));
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
    return m_pane->currentRow(CategoryList);
}

int WorkspaceArea::currentCase() const
{
    return m_pane->currentRow(CaseList);
}

void WorkspaceArea::onCategoryChanged()
{
    const int row = currentCategory();
    if (row != m_cases->category()) {
        m_pane->clearFilter(CaseList);
        m_cases->setCategory(row);
        m_pane->selectRow(CaseList, m_cases->rowCount() > 0 ? 0 : -1);
    }
    m_categoryForm->setCategory(row);
    m_pane->showDetail(CategoryList, row >= 0);
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
    m_pane->showDetail(CaseList, row >= 0);
    updateActions();
}

void WorkspaceArea::followSelection(const QString& name)
{
    const int row = m_categories->rowOfKey(name);
    if (row >= 0 && row != currentCategory())
        m_pane->selectRow(CategoryList, row);
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
    m_pane->clearFilter(CategoryList);
    const int row = m_categories->rowOfKey(m_selection->category());
    m_pane->selectRow(CategoryList, row >= 0 ? row : (m_categories->rowCount() > 0 ? 0 : -1));
    onCategoryChanged();
    updateTrafficNotice();
}

void WorkspaceArea::updateTexts()
{
    const int row = currentCategory();
    const QString name = row >= 0 ? m_categories->keyOf(row) : QString();
    m_pane->setTitle(CaseList, name.isEmpty() ? tr("Test cases") : tr("Test cases of %1").arg(name));
    if (m_categories->rowCount() == 0)
        m_pane->setEmptyMessage(CategoryList, tr("No categories yet: add one, or open the sample workspace to see how "
                                                 "a routing benchmark is set up."));
    else
        m_pane->setEmptyMessage(CategoryList,
            tr("No category matches \"%1\".").arg(m_pane->filterText(CategoryList)));
    if (row < 0)
        m_pane->setEmptyMessage(CaseList, tr("Select a category to see its test cases."));
    else if (m_cases->rowCount() == 0)
        m_pane->setEmptyMessage(CaseList, tr("No test cases in %1 yet: add one, import a CSV or JSONL file, or drop "
                                             "such a file here.").arg(name));
    else
        m_pane->setEmptyMessage(CaseList, tr("No test case matches \"%1\".").arg(m_pane->filterText(CaseList)));
}

void WorkspaceArea::updateTrafficNotice()
{
    const double total = m_categories->totalTrafficShare();
    m_trafficNotice->setText(m_categories->isOverbooked()
            ? tr("Traffic shares add up to %1, more than 100%. Projected costs count some requests twice until "
                 "the shares are lowered.").arg(DisplayFormat::percent(total))
            : QString());
}

void WorkspaceArea::saveState(QSettings& settings) const
{
    m_pane->saveState(settings);
}

void WorkspaceArea::restoreState(const QSettings& settings)
{
    m_pane->restoreState(settings);
}
