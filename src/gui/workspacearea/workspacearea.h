// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class CasesModel;
class CategoriesModel;
class CategoryForm;
class ListDetailPane;
class NoticeBanner;
class QAction;
class QMimeData;
class QSettings;
class QTableView;
class Selection;
class TestCaseForm;
class WorkspaceDocument;
struct ItemPath;

// The Workspace area: the categories with their form, and the selected category's test cases with
// a full editor for one case. Adds, duplicates, removes and imports cases (also by dropping CSV or
// JSONL files on the cases table); every edit is an undoable step on the document. The current
// category is the Selection's, both ways. QWidget::actions() holds its add/remove/import actions.
class WorkspaceArea : public QWidget
{
    Q_OBJECT
public:
    WorkspaceArea(WorkspaceDocument* document, Selection* selection, QWidget* parent = nullptr);
    ~WorkspaceArea() override;

    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);

    // Appends the good rows of the files to the current category as one undoable step and reports
    // the rows it left out in a dialog. Returns the number of cases added.
    int importCaseFiles(const QStringList& paths);

    int currentCategory() const; // row in the workspace, -1 when none
    int currentCase() const; // row in the current category, -1 when none

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum List { CategoryList, CaseList };

    void createActions();
    void createPane();
    void setUpCasesView(QTableView* view);
    void setUpDetails();
    void connectDocument();
    void onCategoryChanged();
    void onCaseChanged();
    void followSelection(const QString& name);
    void onItemChanged(const ItemPath& path);
    void onWorkspaceReset();
    void updateActions();
    void updateTexts();
    void updateTrafficNotice();

    void addCategory();
    void duplicateCategory();
    void removeCategory();
    void addCase();
    void duplicateCase();
    void removeCases();
    void chooseCaseFiles();
    bool acceptsDrop(const QMimeData* mime) const;

    WorkspaceDocument* m_document;
    Selection* m_selection;
    CategoriesModel* m_categories;
    CasesModel* m_cases;
    NoticeBanner* m_trafficNotice = nullptr;
    ListDetailPane* m_pane = nullptr;
    CategoryForm* m_categoryForm = nullptr;
    TestCaseForm* m_caseForm = nullptr;
    QAction* m_addCategory = nullptr;
    QAction* m_duplicateCategory = nullptr;
    QAction* m_removeCategory = nullptr;
    QAction* m_addCase = nullptr;
    QAction* m_duplicateCase = nullptr;
    QAction* m_removeCases = nullptr;
    QAction* m_importCases = nullptr;
};
