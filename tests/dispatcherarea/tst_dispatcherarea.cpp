// SPDX-License-Identifier: GPL-3.0-or-later
// The Dispatcher area end to end (offscreen): the empty state, edits as undo steps, the test box,
// and a benchmark with a sandbox classifier scored against a run written beside the workspace.
#include "dispatcherarea/confusionheatmap.h"
#include "dispatcherarea/dispatcherarea.h"
#include "dispatcherarea/dispatcheredits.h"
#include "dispatcherarea/dispatchrulesmodel.h"
#include "dispatcherarea/misroutesmodel.h"
#include "dispatchfixture.h"
#include "document/selection.h"
#include "document/workspacedocument.h"
#include "modeltester.h"
#include "results/resultsstore.h"
#include "runner/runcontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace DispatchFixture;

namespace {
QList<ResultRecord> runResults()
{
    return { result(u"A"_s, u"a1"_s, u"mA"_s, true, 0.001),  result(u"A"_s, u"a2"_s, u"mA"_s, true, 0.001),
             result(u"A"_s, u"a3"_s, u"mA"_s, false, 0.001), result(u"B"_s, u"b1"_s, u"mA"_s, false, 0.001),
             result(u"B"_s, u"b2"_s, u"mA"_s, true, 0.001),  result(u"A"_s, u"a2"_s, u"mB"_s, false, 0.01, u"B, surely"_s),
             result(u"B"_s, u"b1"_s, u"mB"_s, true, 0.01),   result(u"B"_s, u"b2"_s, u"mB"_s, true, 0.01),
             result(u"A"_s, u"a3"_s, u"mD"_s, false, 0.002), result(u"C"_s, u"c1"_s, u"mD"_s, false, 0.002) };
}

bool writeRun(const QString& databasePath)
{
    RunInfo run;
    run.id = u"run-1"_s;
    run.startedAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    run.status = RunStatus::Completed;
    run.simulated = true;
    ResultsStore store;
    return store.open(databasePath) && store.createRun(run) && store.insertResults(runResults());
}
} // namespace

class TestDispatcherArea : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<WorkspaceDocument> m_document;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<RunController> m_runs;

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(u"desk.signalbox.yaml"_s);
        QVERIFY(writeRun(ResultsStore::databasePathFor(m_path)));
    }

    void init()
    {
        m_document = std::make_unique<WorkspaceDocument>();
        m_selection = std::make_unique<Selection>();
        m_runs = std::make_unique<RunController>();
    }

    void emptyStateSaysWhatToDo()
    {
        Workspace ws = workspace();
        ws.dispatcher.reset();
        m_document->reset(ws, m_path);
        DispatcherArea area(m_document.get(), m_selection.get(), m_runs.get());
        QVERIFY(area.showsEmptyState());
        QVERIFY(area.emptyStateText().contains(u"No dispatcher yet"_s));
        QVERIFY(area.emptyStateText().contains(u"Add a dispatcher"_s));
        DispatcherEdits::create(m_document.get());
        QVERIFY(!area.showsEmptyState());
        QVERIFY(area.summaryText().contains(u"Benchmark the dispatcher"_s));
        m_document->undoStack()->undo();
        QVERIFY(area.showsEmptyState());
    }

    void editsAndTestBox()
    {
        m_document->reset(workspace(), m_path);
        DispatcherArea area(m_document.get(), m_selection.get(), m_runs.get());
        const auto tester = modelTester(area.rulesModel());
        QTest::keyClicks(area.testInput(), u"Refund my ORDER please"_s);
        QVERIFY2(area.testVerdict().contains(u"Rule 1 fires"_s), qPrintable(area.testVerdict()));
        QVERIFY(area.testVerdict().contains(u"goes to B"_s));
        area.testInput()->setPlainText(u"hello"_s);
        QVERIFY(area.testVerdict().contains(u"No rule matches: the request goes to default"_s));

        area.classifierCombo()->setCurrentIndex(area.classifierCombo()->findData(u"sharp"_s));
        QCOMPARE(m_document->workspace().dispatcher->classifier->model, u"sharp"_s);
        QVERIFY(area.testVerdict().contains(u"the classifier (sharp) decides"_s));
        QTest::keyClicks(area.promptEdit(), u"Pick one."_s);
        QCOMPARE(m_document->workspace().dispatcher->classifier->prompt, u"Pick one."_s);
        QCOMPARE(m_document->undoStack()->count(), 2); // the model, then the typing as one step
        area.fallbackCombo()->setCurrentIndex(area.fallbackCombo()->findData(u"C"_s));
        QCOMPARE(m_document->workspace().dispatcher->fallback, u"C"_s);

        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QVERIFY(area.promptEdit()->toPlainText().isEmpty());
        QCOMPARE(area.fallbackCombo()->currentData().toString(), u"default"_s);
        m_document->undoStack()->undo();
        QCOMPARE(area.classifierCombo()->currentData().toString(), QString());
        QVERIFY(!area.promptEdit()->isEnabled());
    }

    void benchmarkWithSandboxClassifier()
    {
        Workspace ws = workspace();
        ws.dispatcher->classifier = DispatchClassifier { u"sharp"_s, {} };
        m_document->reset(ws, m_path);
        DispatcherArea area(m_document.get(), m_selection.get(), m_runs.get());
        const auto tester = modelTester(area.misroutesModel());
        QSignalSpy shown(&area, &DispatcherArea::benchmarkShown);
        QTRY_VERIFY(area.sandboxCheck()->isChecked()); // the run was simulated
        area.startBenchmark();
        QVERIFY(area.isBenchmarking());
        QVERIFY(!area.benchmarkButton()->isEnabled());
        QVERIFY(area.cancelButton()->isEnabled());
        QVERIFY(shown.wait(30000));
        QTRY_VERIFY(area.endToEndFigures().has_value()); // the run's results may land after the outcome
        QVERIFY(!area.isBenchmarking());

        const DispatchFigures& figures = area.figures();
        QCOMPARE(figures.byClassifier, 2);
        QCOMPARE(figures.misrouted, 2);
        QCOMPARE(area.heatmap()->rowLabels(), (QStringList { u"A"_s, u"B"_s, u"C"_s }));
        QCOMPARE(area.heatmap()->cellText(0, 1), u"1"_s); // a2 sent to B
        QCOMPARE(area.heatmap()->cellText(2, 2), QString()); // c1 never reached C
        QVERIFY(area.summaryText().contains(u"misroute rate"_s));
        QVERIFY(area.summaryText().contains(u"Classifier:"_s));

        // a1 mA pass, a2 mB fail, a3 (classifier: A) mA fail, b1 and b2 (classifier: B) mB pass; c1
        // went to mA, which never answered it.
        const EndToEndFigures& e2e = *area.endToEndFigures();
        QCOMPARE(e2e.runId, u"run-1"_s);
        QCOMPARE(e2e.deployed.cases, 5);
        QCOMPARE(e2e.deployed.notEvaluated, 1);
        QCOMPARE(*e2e.deployed.passRate(), 3.0 / 5);
        QCOMPARE(area.endToEndTable()->item(0, 2)->text(), QString::number(e2e.deployed.cases));
        QCOMPARE(area.misroutesModel()->rowCount(), 2);
        QCOMPARE(area.misroutesModel()->data(area.misroutesModel()->index(0, MisroutesModel::AnswerColumn)).toString(),
                 u"B, surely"_s);

        DispatcherEdits::setFallback(m_document.get(), u"C"_s);
        QVERIFY(!area.figures().misroutes.isEmpty()); // kept, with a note that they are stale
    }
};

QTEST_MAIN(TestDispatcherArea)
#include "tst_dispatcherarea.moc"
