// SPDX-License-Identifier: GPL-3.0-or-later
#include "activewindow.h"
#include "areafixture.h"
#include "areascreenshot.h"
#include "common/emptystateoverlay.h"
#include "common/noticebanner.h"
#include "document/selection.h"
#include "workspacearea/categoriesmodel.h"
#include "workspacearea/categoryform.h"
#include "workspacearea/importreportdialog.h"
#include "workspacearea/workspacearea.h"

#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

class TestWorkspaceArea : public QObject, private AreaFixture<WorkspaceArea>
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpArea(); }
    void cleanup() { tearDownArea(); }

    void selectsTheFirstCategory()
    {
        QCOMPARE(m_area->currentCategory(), 0);
        QCOMPARE(m_selection->category(), u"ticket-classification"_s);
        QCOMPARE(view(u"casesView"_s)->model()->rowCount(), 10);
        QCOMPARE(m_area->currentCase(), 0);
        QCOMPARE(child<QLineEdit>(u"idEdit"_s)->text(), u"t01"_s);
    }

    void followsTheSelection()
    {
        m_selection->setCategory(u"summaries"_s);
        QCOMPARE(m_area->currentCategory(), 1);
        QCOMPARE(view(u"casesView"_s)->model()->rowCount(), 1);
        QCOMPARE(child<QLineEdit>(u"nameEdit"_s)->text(), u"summaries"_s);
        view(u"categoriesView"_s)->setCurrentIndex(view(u"categoriesView"_s)->model()->index(0, 0));
        QCOMPARE(m_selection->category(), u"ticket-classification"_s);
    }

    void renameInTheForm()
    {
        QLineEdit* name = child<QLineEdit>(u"nameEdit"_s);
        name->setText(u"triage"_s);
        name->setModified(true);
        Q_EMIT name->editingFinished();
        QCOMPARE(m_document->undoStack()->count(), 1);
        QVERIFY(m_document->workspace().routing.routeFor(u"triage"_s));
        QCOMPARE(m_selection->category(), u"triage"_s);
        m_document->undoStack()->undo();
        QCOMPARE(name->text(), u"ticket-classification"_s);
        QCOMPARE(m_selection->category(), u"ticket-classification"_s);

        name->setText(u"summaries"_s);
        name->setModified(true);
        Q_EMIT name->editingFinished();
        QCOMPARE(m_document->undoStack()->index(), 0); // a taken name is refused...
        QVERIFY(child<NoticeBanner>(u"nameNotice"_s)->isVisibleTo(m_area.get())); // ...and says why
    }

    void typingIsOneStep()
    {
        m_area->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_area.get()));
        // The case form has a system prompt too.
        auto* prompt = m_area->findChild<CategoryForm*>()->findChild<QPlainTextEdit*>(u"systemPromptEdit"_s);
        QVERIFY(prompt->isVisible());
        QTest::keyClicks(prompt, u"Be brief."_s);
        QCOMPARE(m_document->workspace().categories.at(0).systemPrompt, u"Be brief."_s);
        QCOMPARE(m_document->undoStack()->count(), 1);
        m_document->undoStack()->undo();
        QCOMPARE(prompt->toPlainText(), QString());
    }

    // The price of an error is one undoable edit; $0 means "not priced".
    void errorCostIsEditedAndUndone()
    {
        auto* spin = child<QDoubleSpinBox>(u"errorCostSpin"_s);
        QCOMPARE(spin->text(), u"not priced"_s);
        spin->setValue(1.25);
        QCOMPARE(m_document->workspace().categories.at(0).errorCostUsd, std::optional(1.25));
        QCOMPARE(m_document->undoStack()->count(), 1);
        m_document->undoStack()->undo();
        QVERIFY(!m_document->workspace().categories.at(0).errorCostUsd);
        QCOMPARE(spin->text(), u"not priced"_s);
        m_document->undoStack()->redo();
        QCOMPARE(spin->value(), 1.25);
        spin->setValue(0.0);
        QVERIFY(!m_document->workspace().categories.at(0).errorCostUsd);
    }

    void addAndRemove()
    {
        action(u"Add Category"_s)->trigger();
        QCOMPARE(m_document->workspace().categories.size(), 3);
        QCOMPARE(m_area->currentCategory(), 2);
        QCOMPARE(m_selection->category(), m_document->workspace().categories.at(2).name);
        QVERIFY(emptyState(u"casesView"_s)->isShown());
        QVERIFY(emptyState(u"casesView"_s)->message().contains(u"import"));

        action(u"Add Test Case"_s)->trigger();
        QCOMPARE(m_document->workspace().categories.at(2).cases.size(), 1);
        QCOMPARE(m_area->currentCase(), 0);
        action(u"Duplicate Test Case"_s)->trigger();
        QCOMPARE(m_document->workspace().categories.at(2).cases.at(1).id, u"case-1-copy"_s);

        action(u"Remove Category"_s)->trigger();
        QCOMPARE(m_document->workspace().categories.size(), 2);
        QVERIFY(m_area->currentCategory() >= 0);
        QCOMPARE(m_document->undoStack()->count(), 4);
        while (m_document->undoStack()->canUndo())
            m_document->undoStack()->undo();
        QCOMPARE(m_document->workspace(), testWorkspace());
    }

    // A new item's first field has the focus with its text selected: typing replaces the placeholder,
    // after the first Add and after the second.
    void typingAfterAddNamesTheNewItem()
    {
        showActive();
        QToolButton* addCategory = child<QToolButton>(u"addCategoryButton"_s);
        QTest::mouseClick(addCategory, Qt::LeftButton);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(u"nameEdit"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"refunds"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(m_document->workspace().categories.at(2).name, u"refunds"_s);
        QCOMPARE(QApplication::focusWidget(), child<QPlainTextEdit>(u"descriptionEdit"_s));

        QToolButton* addCase = child<QToolButton>(u"addCaseButton"_s);
        for (const QString& id : { u"r1"_s, u"r2"_s }) {
            QTest::mouseClick(addCase, Qt::LeftButton);
            QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(u"idEdit"_s));
            QTest::keyClicks(QApplication::focusWidget(), id);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        }
        const QList<TestCase>& cases = m_document->workspace().categories.at(2).cases;
        QCOMPARE(cases.size(), 2);
        QCOMPARE(cases.at(0).id, u"r1"_s);
        QCOMPARE(cases.at(1).id, u"r2"_s);
        QVERIFY(cases.at(0).expected.isEmpty());
    }

    // Tab goes from the cases table to the form in view and then field after field.
    void tabOrderRunsThroughTheForm()
    {
        showActive();
        child<QTabWidget>(u"detailTabs"_s)->setCurrentIndex(1);
        view(u"casesView"_s)->setFocus();
        QWidget* form = m_area->findChild<QWidget*>(u"TestCaseForm"_s);
        for (int tabs = 0; tabs < 3 && !form->isAncestorOf(QApplication::focusWidget()); ++tabs)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(u"idEdit"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(form->isAncestorOf(QApplication::focusWidget()),
                 qPrintable(QApplication::focusWidget()->objectName()));
    }

    void duplicateCategory()
    {
        action(u"Duplicate Category"_s)->trigger();
        QCOMPARE(m_document->workspace().categories.at(1).name, u"ticket-classification-copy"_s);
        QCOMPARE(m_document->workspace().categories.at(1).cases.size(), 10);
        QCOMPARE(m_area->currentCategory(), 1);
    }

    void removeSelectedCases()
    {
        QTableView* cases = view(u"casesView"_s);
        cases->clearSelection();
        cases->selectionModel()->select(cases->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        cases->selectionModel()->select(cases->model()->index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        action(u"Remove Test Cases"_s)->trigger();
        QCOMPARE(m_document->workspace().categories.at(0).cases.size(), 8);
        QCOMPARE(m_document->undoStack()->count(), 1);
    }

    // The form's warning sits beside the share: the fields below it do not move when it appears.
    void trafficWarningMovesNothing()
    {
        showActive();
        auto* form = m_area->findChild<QWidget*>(u"CategoryForm"_s);
        auto* systemPrompt = form->findChild<QPlainTextEdit*>(u"systemPromptEdit"_s);
        const QPoint before = systemPrompt->mapTo(m_area.get(), QPoint());
        auto* share = child<QDoubleSpinBox>(u"trafficShareSpin"_s);
        share->setValue(95.0);
        QApplication::processEvents();
        auto* notice = form->findChild<NoticeBanner*>(u"trafficNotice"_s);
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->toolTip().contains(u"Lower some shares"_s), qPrintable(notice->toolTip()));
        QCOMPARE(systemPrompt->mapTo(m_area.get(), QPoint()), before);
    }

    void warnsAboutTrafficShares()
    {
        auto* notice = child<NoticeBanner>(u"trafficNotice"_s);
        QVERIFY(!notice->isVisibleTo(m_area.get()));
        QAbstractItemModel* categories = view(u"categoriesView"_s)->model();
        QVERIFY(categories->setData(categories->index(1, CategoriesModel::TrafficShareColumn), 70.0));
        QVERIFY(notice->isVisibleTo(m_area.get()));
        QVERIFY2(notice->text().contains(u"115%"), qPrintable(notice->text()));
        m_document->undoStack()->undo();
        QVERIFY(!notice->isVisibleTo(m_area.get()));
    }

    void importsGoodRowsAsOneStep()
    {
        const int added = m_area->importCaseFiles({ QFINDTESTDATA("data/new-cases.csv") });
        QCOMPARE(added, 3);
        QCOMPARE(m_document->workspace().categories.at(0).cases.size(), 13);
        QCOMPARE(m_document->undoStack()->count(), 1);
        QCOMPARE(m_area->currentCase(), 10);
        auto* report = m_area->findChild<ImportReportDialog*>();
        QVERIFY(report);
        QCOMPARE(report->errorCount(), 3); // two rows skipped, one id renamed
        QVERIFY(report->summary().contains(u"ticket-classification"));
        report->close();
        m_document->undoStack()->undo();
        QCOMPARE(m_document->workspace(), testWorkspace());
    }

    void importsDroppedFiles()
    {
        QWidget* viewport = view(u"casesView"_s)->viewport();
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(QFINDTESTDATA("data/new-cases.jsonl")) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &drop);
        QCOMPARE(m_document->workspace().categories.at(0).cases.size(), 12);

        QMimeData other;
        other.setUrls({ QUrl::fromLocalFile(u"/tmp/notes.txt"_s) });
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &refused);
        QVERIFY(!refused.isAccepted());
    }

    void emptyStatesSayWhatToDo()
    {
        m_document->reset(Workspace {});
        QVERIFY(emptyState(u"categoriesView"_s)->isShown());
        QVERIFY(emptyState(u"categoriesView"_s)->message().startsWith(u"No categories yet"));
        QVERIFY(emptyState(u"casesView"_s)->message().startsWith(u"Select a category"));
        QVERIFY(!action(u"Add Test Case"_s)->isEnabled());
        QVERIFY(action(u"Add Category"_s)->isEnabled());

        m_document->reset(testWorkspace());
        QVERIFY(!emptyState(u"categoriesView"_s)->isShown());
        child<QLineEdit>(u"categoryFilter"_s)->setText(u"no such thing"_s);
        QVERIFY(emptyState(u"categoriesView"_s)->isShown());
        QVERIFY(emptyState(u"categoriesView"_s)->message().contains(u"no such thing"));
    }

    void remembersItsLayout()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"state.ini"_s), QSettings::IniFormat);
        view(u"casesView"_s)->horizontalHeader()->resizeSection(0, 123);
        m_area->saveState(settings);
        WorkspaceArea other(m_document.get(), m_selection.get());
        other.restoreState(settings);
        QCOMPARE(other.findChild<QTableView*>(u"casesView"_s)->horizontalHeader()->sectionSize(0), 123);
    }

    void screenshot()
    {
        const QString sample = QFINDTESTDATA("../../resources/samples/support-desk/support-desk.signalbox.yaml");
        QVERIFY(!sample.isEmpty());
        const WorkspaceLoad load = m_document->load(sample);
        QVERIFY2(load.ok(), qPrintable(formatErrors(load.errors)));
        m_selection->setCategory(m_document->workspace().categories.at(0).name);
        QVERIFY(!saveScreenshot(m_area.get(), u"workspace-area"_s).isEmpty());
        child<QTabWidget>(u"detailTabs"_s)->setCurrentIndex(1);
        QVERIFY(!saveScreenshot(m_area.get(), u"workspace-area-case"_s).isEmpty());
        m_document->reset(Workspace {});
        QVERIFY(!saveScreenshot(m_area.get(), u"workspace-area-empty"_s).isEmpty());
    }

private:
    void showActive() { QVERIFY(showAndActivate(m_area.get())); }

    template<typename T>
    T* child(const QString& name) const
    {
        T* widget = m_area->findChild<T*>(name);
        if (!widget)
            qFatal("no child named %s", qPrintable(name));
        return widget;
    }
    QTableView* view(const QString& name) const { return child<QTableView>(name); }
    EmptyStateOverlay* emptyState(const QString& viewName) const
    {
        return view(viewName)->viewport()->findChild<EmptyStateOverlay*>();
    }
    QAction* action(const QString& text) const
    {
        for (QAction* action : m_area->actions()) {
            if (action->text() == text)
                return action;
        }
        qFatal("no action %s", qPrintable(text));
    }
};

QTEST_MAIN(TestWorkspaceArea)
#include "tst_workspacearea.moc"
