// SPDX-License-Identifier: GPL-3.0-or-later
// The Workspace area's actions: adding, duplicating, removing and importing.
#include "casesimport.h"
#include "casesmodel.h"
#include "categoriesmodel.h"
#include "common/listdetailpane.h"
#include "document/documentedits.h"
#include "importreportdialog.h"
#include "workspacearea.h"

#include <QAction>
#include <QDropEvent>
#include <QFileDialog>
#include <QMimeData>
#include <QTableView>
#include <QUndoStack>

namespace {
constexpr auto makeAction = &ListDetailPane::makeAction;

QStringList localCaseFiles(const QMimeData* mime)
{
    QStringList paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && isCasesFile(url.toLocalFile()))
            paths.append(url.toLocalFile());
    }
    return paths;
}
}

void WorkspaceArea::createActions()
{
    m_addCategory = makeAction(this, tr("Add Category"), QStringLiteral("list-add"), tr("Add a task category"));
    m_duplicateCategory = makeAction(this, tr("Duplicate Category"), QStringLiteral("edit-copy"),
        tr("Add a copy of the selected category and its test cases"));
    m_removeCategory = makeAction(this, tr("Remove Category"), QStringLiteral("list-remove"),
        tr("Remove the selected category, its test cases and its route"));
    m_addCase = makeAction(this, tr("Add Test Case"), QStringLiteral("list-add"), tr("Add a test case to the category"));
    m_duplicateCase = makeAction(this, tr("Duplicate Test Case"), QStringLiteral("edit-copy"),
        tr("Add a copy of the current test case"));
    m_removeCases = makeAction(this, tr("Remove Test Cases"), QStringLiteral("list-remove"),
        tr("Remove the selected test cases"));
    m_importCases = makeAction(this, tr("Import Test Cases..."), QStringLiteral("document-import"),
        tr("Add test cases from CSV or JSONL files to the category"));
    connect(m_addCategory, &QAction::triggered, this, &WorkspaceArea::addCategory);
    connect(m_duplicateCategory, &QAction::triggered, this, &WorkspaceArea::duplicateCategory);
    connect(m_removeCategory, &QAction::triggered, this, &WorkspaceArea::removeCategory);
    connect(m_addCase, &QAction::triggered, this, &WorkspaceArea::addCase);
    connect(m_duplicateCase, &QAction::triggered, this, &WorkspaceArea::duplicateCase);
    connect(m_removeCases, &QAction::triggered, this, &WorkspaceArea::removeCases);
    connect(m_importCases, &QAction::triggered, this, &WorkspaceArea::chooseCaseFiles);
}

void WorkspaceArea::updateActions()
{
    const bool hasCategory = currentCategory() >= 0;
    m_duplicateCategory->setEnabled(hasCategory);
    m_removeCategory->setEnabled(hasCategory);
    m_addCase->setEnabled(hasCategory);
    m_importCases->setEnabled(hasCategory);
    m_duplicateCase->setEnabled(currentCase() >= 0);
    m_removeCases->setEnabled(m_pane->view(CaseList)->selectionModel()->hasSelection() || currentCase() >= 0);
}

void WorkspaceArea::addCategory()
{
    Category category { DocumentEdits::uniqueName(tr("new-category"), DocumentEdits::categoryNames(m_document->workspace())) };
    category.scorers = { ScorerSpec { QStringLiteral("equals") } };
    m_pane->addItem(CategoryList, m_document->count(ItemPath::List::Categories), QVariant::fromValue(category),
        tr("Add category %1").arg(category.name));
}

void WorkspaceArea::duplicateCategory()
{
    const int row = currentCategory();
    if (row < 0)
        return;
    Category copy = m_document->workspace().categories.at(row);
    copy.name = DocumentEdits::uniqueName(copy.name + QLatin1String("-copy"), DocumentEdits::categoryNames(m_document->workspace()));
    copy.casesSource = {}; // two categories must not write the same file; the copy keeps its cases inline
    m_pane->addItem(CategoryList, row + 1, QVariant::fromValue(copy),
        tr("Duplicate category %1").arg(m_categories->keyOf(row)));
}

void WorkspaceArea::removeCategory()
{
    const int row = currentCategory();
    if (row >= 0)
        m_document->undoStack()->push(DocumentEdits::removeCategory(m_document, row));
}

void WorkspaceArea::addCase()
{
    const int category = currentCategory();
    if (category < 0)
        return;
    const Category& target = m_document->workspace().categories.at(category);
    const TestCase testCase { DocumentEdits::nextCaseId(target) };
    m_pane->addItem(CaseList, int(target.cases.size()), QVariant::fromValue(testCase),
        tr("Add test case %1").arg(testCase.id));
}

void WorkspaceArea::duplicateCase()
{
    const int category = currentCategory();
    const int row = currentCase();
    if (category < 0 || row < 0)
        return;
    const Category& target = m_document->workspace().categories.at(category);
    TestCase copy = target.cases.at(row);
    copy.id = DocumentEdits::uniqueName(copy.id + QLatin1String("-copy"), DocumentEdits::caseIds(target));
    m_pane->addItem(CaseList, row + 1, QVariant::fromValue(copy), tr("Duplicate test case %1").arg(target.cases.at(row).id));
}

void WorkspaceArea::removeCases()
{
    const int category = currentCategory();
    QList<int> rows = m_pane->selectedRows(CaseList);
    if (rows.isEmpty() && currentCase() >= 0)
        rows.append(currentCase());
    if (category >= 0 && !rows.isEmpty())
        m_document->undoStack()->push(DocumentEdits::removeCases(m_document, category, rows));
}

void WorkspaceArea::chooseCaseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import Test Cases"), {},
        tr("Test cases (*.csv *.jsonl *.ndjson);;All files (*)"));
    if (!paths.isEmpty())
        importCaseFiles(paths);
}

int WorkspaceArea::importCaseFiles(const QStringList& paths)
{
    const int category = currentCategory();
    if (category < 0 || paths.isEmpty())
        return 0;
    const Category& target = m_document->workspace().categories.at(category);
    const CasesImport import = importCasesInto(target, paths);
    const int first = int(target.cases.size());
    const QString name = target.name;
    if (!import.cases.isEmpty()) {
        m_document->undoStack()->push(DocumentEdits::appendCases(m_document, category, import.cases,
            tr("Import %n test case(s)", nullptr, int(import.cases.size()))));
        m_pane->selectRow(CaseList, first);
    }
    if (import.hasProblems() || import.cases.isEmpty()) {
        auto* report = new ImportReportDialog(this);
        report->setAttribute(Qt::WA_DeleteOnClose);
        report->setReport(import.summary(name), import.skipped + import.renamed);
        report->open();
    }
    return int(import.cases.size());
}

bool WorkspaceArea::acceptsDrop(const QMimeData* mime) const
{
    return currentCategory() >= 0 && mime && !localCaseFiles(mime).isEmpty();
}

bool WorkspaceArea::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_pane->view(CaseList)->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* drag = static_cast<QDropEvent*>(event);
        if (acceptsDrop(drag->mimeData()))
            drag->acceptProposedAction();
        else
            drag->ignore();
        return true;
    }
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(event);
        if (!acceptsDrop(drop->mimeData()))
            return true;
        drop->acceptProposedAction();
        importCaseFiles(localCaseFiles(drop->mimeData()));
        return true;
    }
    default:
        return QWidget::eventFilter(watched, event);
    }
}
