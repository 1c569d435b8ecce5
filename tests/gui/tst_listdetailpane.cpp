// SPDX-License-Identifier: GPL-3.0-or-later
#include "activewindow.h"
#include "common/detailstack.h"
#include "common/documentitemmodel.h"
#include "common/emptystateoverlay.h"
#include "common/listdetailpane.h"
#include "testworkspace.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
// One column of names or ids, enough to fill a list.
template<typename T>
class KeysModel : public DocumentItemModel<T>
{
public:
    explicit KeysModel(WorkspaceDocument* document)
        : DocumentItemModel<T>(document, 1)
    {
    }

protected:
    QVariant cellData(const T& item, int, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(DocumentItems::keyOf(item)) : QVariant();
    }
    QString columnTitle(int) const override { return u"Key"_s; }
};

// A form with two fields, the first of which takes the focus after an add.
class Form : public QWidget
{
public:
    explicit Form(QWidget* parent)
        : QWidget(parent)
        , first(new QLineEdit(this))
        , second(new QLineEdit(this))
    {
        first->setObjectName(u"firstField"_s);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(first);
        layout->addWidget(second);
    }
    void focusFirstField() { first->setFocus(); }

    QLineEdit* first;
    QLineEdit* second;
};
}

class TestListDetailPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<WorkspaceDocument>();
        m_document->reset(testWorkspace()); // two providers, three models
        m_providers = std::make_unique<KeysModel<Provider>>(m_document.get());
        m_models = std::make_unique<KeysModel<ModelSpec>>(m_document.get());
        m_area = std::make_unique<QWidget>();
        m_add = ListDetailPane::makeAction(m_area.get(), u"Add Model"_s, u"list-add"_s, u"Add a model"_s);
        m_menu = new QMenu(m_area.get());
        m_changes = { 0, 0 };
        ListDetailPane::List providers { u"providers"_s, u"provider"_s, u"Providers"_s, u"Filter providers"_s,
            m_providers.get() };
        providers.currentChanged = [this] { ++m_changes[0]; };
        ListDetailPane::List models { u"models"_s, u"model"_s, u"Models"_s, u"Filter models"_s, m_models.get() };
        models.tools = { { m_add, u"Add"_s, u"addModelButton"_s, m_menu } };
        models.currentChanged = [this] { ++m_changes[1]; };
        m_pane = new ListDetailPane({ providers, models }, m_area.get());
        (new QVBoxLayout(m_area.get()))->addWidget(m_pane);
        m_providerForm = new Form(m_area.get()); // made after the pane, as the areas do
        m_modelForm = new Form(m_area.get());
        m_pane->setDetail(0, m_providerForm, u"Provider"_s, u"Select a provider"_s);
        m_pane->setDetail(1, m_modelForm, u"Model"_s, u"Select a model"_s);
    }

    void cleanup()
    {
        m_area.reset();
        m_models.reset();
        m_providers.reset();
        m_document.reset();
    }

    // Tests and the shell's saved state find the pieces by these names.
    void namesItsWidgets()
    {
        QVERIFY(m_area->findChild<QTableView*>(u"providersView"_s));
        QCOMPARE(m_area->findChild<QLabel*>(u"modelsTitle"_s)->text(), u"Models"_s);
        QCOMPARE(m_area->findChild<QLineEdit*>(u"modelFilter"_s)->placeholderText(), u"Filter models"_s);
        auto* add = m_area->findChild<QToolButton*>(u"addModelButton"_s);
        QCOMPARE(add->defaultAction(), m_add);
        QCOMPARE(add->text(), u"Add"_s);
        QCOMPARE(add->menu(), m_menu);
        QCOMPARE(m_area->actions(), QList<QAction*> { m_add });
        auto* tabs = m_area->findChild<QTabWidget*>(u"detailTabs"_s);
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->tabText(1), u"Model"_s);
    }

    // Rows in and out are the model's, not the sorted and filtered view's.
    void rowsAreSourceRows()
    {
        QTableView* view = m_pane->view(1);
        view->sortByColumn(0, Qt::AscendingOrder); // claude-haiku, gpt-4o, gpt-4o-mini
        m_pane->selectRow(1, 2);
        QCOMPARE(m_pane->currentRow(1), 2);
        QCOMPARE(view->currentIndex().data().toString(), u"claude-haiku"_s);
        QCOMPARE(view->currentIndex().row(), 0);
        QCOMPARE(m_pane->selectedRows(1), QList<int> { 2 });
        QVERIFY(m_changes[1] > 0);
        m_pane->selectRow(1, -1);
        QCOMPARE(m_pane->currentRow(1), -1);
    }

    void selectingAHiddenRowClearsTheFilter()
    {
        QSignalSpy filtered(m_pane, &ListDetailPane::filterChanged);
        m_area->findChild<QLineEdit*>(u"modelFilter"_s)->setText(u"claude"_s);
        QCOMPARE(m_pane->view(1)->model()->rowCount(), 1);
        QCOMPARE(filtered.count(), 1);
        QCOMPARE(filtered.at(0).at(0).toInt(), 1);
        QCOMPARE(m_pane->filterText(1), u"claude"_s);
        m_pane->selectRow(1, 2); // shown: the filter stays
        QCOMPARE(m_pane->filterText(1), u"claude"_s);
        m_pane->selectRow(1, 0); // hidden by the filter
        QVERIFY(m_pane->filterText(1).isEmpty());
        QCOMPARE(m_pane->currentRow(1), 0);
    }

    void clickBringsTheFormToTheFront()
    {
        auto* tabs = m_area->findChild<QTabWidget*>(u"detailTabs"_s);
        QCOMPARE(tabs->currentIndex(), 0);
        QTableView* view = m_pane->view(1);
        Q_EMIT view->clicked(view->model()->index(0, 0));
        QCOMPARE(tabs->currentIndex(), 1);
    }

    void showsTheFormOrTheMessage()
    {
        auto* stack = qobject_cast<DetailStack*>(m_area->findChild<QTabWidget*>(u"detailTabs"_s)->widget(1));
        QCOMPARE(stack->emptyMessage(), u"Select a model"_s);
        m_pane->showDetail(1, true);
        QVERIFY(stack->isFormShown());
        m_pane->showDetail(1, false);
        QVERIFY(!stack->isFormShown());
    }

    void emptyStateSaysWhatToDo()
    {
        m_pane->setEmptyMessage(0, u"No providers yet"_s);
        auto* overlay = m_pane->view(0)->viewport()->findChild<EmptyStateOverlay*>();
        QVERIFY(!overlay->isShown());
        m_document->reset(Workspace {});
        QVERIFY(overlay->isShown());
        QCOMPARE(overlay->message(), u"No providers yet"_s);
    }

    // An add is one undo step, and the new item's first field has the focus.
    void addItemSelectsAndFocusesTheNewItem()
    {
        QVERIFY(showAndActivate(m_area.get(), { 900, 600 }));
        m_pane->addItem(1, 3, QVariant::fromValue(ModelSpec { u"new-model"_s, u"openai"_s }), u"Add model"_s);
        QCOMPARE(m_document->workspace().models.size(), 4);
        QCOMPARE(m_document->undoStack()->count(), 1);
        QCOMPARE(m_document->undoStack()->undoText(), u"Add model"_s);
        QCOMPARE(m_pane->currentRow(1), 3);
        QCOMPARE(m_area->findChild<QTabWidget*>(u"detailTabs"_s)->currentIndex(), 1);
        QCOMPARE(QApplication::focusWidget(), m_modelForm->first);
        m_document->undoStack()->undo();
        QCOMPARE(m_document->workspace(), testWorkspace());
    }

    // Tab goes from the last list to the fields of the form in view, as the widgets were made.
    void tabGoesFromTheListsToTheForm()
    {
        QVERIFY(showAndActivate(m_area.get(), { 900, 600 }));
        m_pane->selectRow(1, 0);
        m_pane->showDetail(1, true);
        m_pane->bringDetailToFront(1);
        m_pane->view(1)->setFocus();
        for (int tabs = 0; tabs < 3 && QApplication::focusWidget() != m_modelForm->first; ++tabs)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), m_modelForm->first);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), m_modelForm->second);
    }

    void remembersItsLayout()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"state.ini"_s), QSettings::IniFormat);
        m_pane->view(1)->horizontalHeader()->resizeSection(0, 123);
        m_pane->saveState(settings);
        QVERIFY(settings.contains(u"modelsHeader"_s));
        QVERIFY(settings.contains(u"mainSplitter"_s));
        QVERIFY(settings.contains(u"listSplitter"_s));
        m_pane->view(1)->horizontalHeader()->resizeSection(0, 50);
        m_pane->restoreState(settings);
        QCOMPARE(m_pane->view(1)->horizontalHeader()->sectionSize(0), 123);
    }

private:
    std::unique_ptr<WorkspaceDocument> m_document;
    std::unique_ptr<KeysModel<Provider>> m_providers;
    std::unique_ptr<KeysModel<ModelSpec>> m_models;
    std::unique_ptr<QWidget> m_area;
    ListDetailPane* m_pane = nullptr;
    QAction* m_add = nullptr;
    QMenu* m_menu = nullptr;
    Form* m_providerForm = nullptr;
    Form* m_modelForm = nullptr;
    QList<int> m_changes;
};

QTEST_MAIN(TestListDetailPane)
#include "tst_listdetailpane.moc"
