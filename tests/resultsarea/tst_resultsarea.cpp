// SPDX-License-Identifier: GPL-3.0-or-later
#include "areafixture.h"
#include "chartfixtures.h"
#include "charts/categoryscatterchart.h"
#include "charts/modelscatterchart.h"
#include "document/selection.h"
#include "document/workspacedocument.h"
#include "results/resultsstore.h"
#include "resultsarea/resultsarea.h"
#include "resultsmatrix/resultsmatrixmodel.h"
#include "resultsmatrix/resultsmatrixview.h"
#include "runcompare/runcomparisonmodel.h"
#include "runcompare/runcomparisonview.h"
#include "runner/runcontroller.h"

#include <QComboBox>
#include <QDir>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace chartfixtures;

namespace {
// Writes a run of the chart fixtures' results, with the given id and start, and returns its id.
void writeRun(const QString& databasePath, const QString& runId, const QDateTime& started, int casesPerCell)
{
    ResultsStore store;
    QVERIFY(store.open(databasePath));
    RunInfo run;
    run.id = runId;
    run.startedAt = started;
    run.finishedAt = started.addSecs(60);
    run.status = RunStatus::Completed;
    run.categories = categories;
    run.modelIds = models;
    run.simulated = true;
    run.spentUsd = 0.42;
    QVERIFY(store.createRun(run));
    QList<ResultRecord> all = results(1, casesPerCell);
    for (ResultRecord& record : all)
        record.runId = runId;
    QVERIFY(store.insertResults(all));
}
} // namespace

class TestResultsArea : public QObject, private RunAreaFixture<ResultsArea>
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        setUpRunArea();
    }

    void cleanup()
    {
        tearDownRunArea();
    }

    void untitledWorkspaceSaysWhatToDo()
    {
        m_document->reset(workspace());
        createRunArea();
        QVERIFY(m_area->emptyMessage().contains(QStringLiteral("No runs yet")));
        QCOMPARE(m_area->tabs()->count(), 6);
    }

    void noRunsSaysWhatToDo()
    {
        m_document->reset(workspace(), m_dir.filePath(QStringLiteral("empty.signalbox.yaml")));
        createRunArea();
        QVERIFY(m_area->isBusy());
        QTRY_VERIFY(!m_area->isBusy());
        QVERIFY(m_area->emptyMessage().contains(QStringLiteral("open Runs and press Run")));
    }

    void unreadableDatabaseSaysSo()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.signalbox.yaml"));
        QVERIFY(QDir().mkpath(ResultsStore::databasePathFor(path))); // a folder where the database should be
        m_document->reset(workspace(), path);
        createRunArea();
        QTRY_VERIFY(!m_area->isBusy());
        QVERIFY2(m_area->emptyMessage().contains(QStringLiteral("could not be read")),
                 qPrintable(m_area->emptyMessage()));
    }

    void loadsTheNewestRunAndSwitches()
    {
        const QString path = m_dir.filePath(QStringLiteral("desk.signalbox.yaml"));
        const QString database = ResultsStore::databasePathFor(path);
        writeRun(database, QStringLiteral("run-old"), QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC), 10);
        writeRun(database, QStringLiteral("run-new"), QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC), 20);
        m_document->reset(workspace(), path);
        createRunArea();
        QSignalSpy ready(m_area.get(), &ResultsArea::analysisReady);
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.last().at(0).toString(), QStringLiteral("run-new"));
        QCOMPARE(m_area->runCombo()->count(), 2);
        QCOMPARE(m_area->runCombo()->currentData().toString(), QStringLiteral("run-new")); // newest first
        QVERIFY(m_area->runCombo()->currentText().contains(QStringLiteral("$0.420")));
        QCOMPARE(m_selection->run(), QStringLiteral("run-new"));
        QVERIFY(m_area->emptyMessage().isEmpty());

        // The categories of the run, and the charts show the expected figures.
        QCOMPARE(m_area->categoryCombo()->count(), categories.size());
        const QString category = m_area->categoryCombo()->currentData().toString();
        QCOMPARE(category, categories.first());
        const RunAnalysis expected = analyseRun(workspace(), results(1, 20));
        const CellStats* cell = expected.cell(category, models.at(1));
        QCOMPARE(m_area->categoryChart()->plotPosition(models.at(1)).y(), cell->passRate() * 100);
        QCOMPARE(m_area->categoryChart()->points().first().trials, 20);
        QCOMPARE(m_area->modelChart()->points().size(), models.size());

        // The category follows the selection.
        m_selection->setCategory(categories.at(2));
        QCOMPARE(m_area->categoryChart()->category(), categories.at(2));
        m_area->categoryCombo()->setCurrentIndex(1);
        QCOMPARE(m_selection->category(), categories.at(1));

        // Switching runs through the selection loads the other run.
        m_selection->setRun(QStringLiteral("run-old"));
        QVERIFY(ready.wait(10000));
        QCOMPARE(m_area->shownRunId(), QStringLiteral("run-old"));
        QCOMPARE(m_area->categoryChart()->points().first().trials, 10);
        QCOMPARE(m_area->categoryChart()->category(), categories.at(1)); // the category stays

        // A click on a point selects the model everywhere.
        m_area->categoryChart()->modelClicked(models.at(4));
        QCOMPARE(m_selection->model(), models.at(4));
        QCOMPARE(m_area->modelChart()->highlightedModel(), models.at(4));
    }

    void matrixAndComparisonFollowTheRun()
    {
        const QString path = m_dir.filePath(QStringLiteral("matrix.signalbox.yaml"));
        const QString database = ResultsStore::databasePathFor(path);
        writeRun(database, QStringLiteral("run-a"), QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC), 10);
        writeRun(database, QStringLiteral("run-b"), QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC), 20);
        m_document->reset(workspace(), path);
        createRunArea();
        QSignalSpy matrixReady(m_area->matrix(), &ResultsMatrixView::matrixReady);
        QSignalSpy compared(m_area->comparison(), &RunComparisonView::comparisonShown);
        QTRY_VERIFY_WITH_TIMEOUT(matrixReady.count() > 0, 10000);
        // The matrix shows the chosen category of the newest run: its 20 cases, one column per model.
        QCOMPARE(m_area->matrix()->model()->rowCount(), 20);
        QCOMPARE(m_area->matrix()->model()->columnCount(), int(ResultsMatrixModel::FirstModelColumn) + models.size());
        m_selection->setCategory(categories.at(1));
        QTRY_VERIFY_WITH_TIMEOUT(matrixReady.count() > 1, 10000);
        QCOMPARE(m_area->matrix()->model()->rowCount(), 20);
        // The comparison pits the newest run against the older one, every category x model.
        QTRY_VERIFY_WITH_TIMEOUT(compared.count() > 0 && !m_area->comparison()->isComparing(), 10000);
        QCOMPARE(m_area->comparison()->currentRunId(), QStringLiteral("run-b"));
        QCOMPARE(m_area->comparison()->baselineRunId(), QStringLiteral("run-a"));
        const int cells = int(analyseRun(workspace(), results(1, 20)).cells.size()); // one model skips a category
        QCOMPARE(cells, int(categories.size() * models.size()) - 1);
        QCOMPARE(m_area->comparison()->model()->rowCount(), cells);
    }

    void pagesCanBeAdded()
    {
        m_document->reset(workspace());
        createRunArea();
        auto* page = new QWidget;
        m_area->addPage(page, QStringLiteral("Notes"));
        QCOMPARE(m_area->tabs()->count(), 7);
        QCOMPARE(m_area->tabs()->widget(6), page);
        QCOMPARE(m_area->tabs()->widget(4), m_area->matrix());
        QCOMPARE(m_area->tabs()->widget(5), m_area->comparison());
        m_area->tabs()->setCurrentIndex(4);
        QVERIFY(m_area->currentPlots().isEmpty());
        m_area->tabs()->setCurrentIndex(0);
        QCOMPARE(m_area->currentPlots().size(), 1);
        m_area->tabs()->setCurrentIndex(1);
        QCOMPARE(m_area->currentPlots().size(), 2); // heatmap and model scatter
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestResultsArea)
#include "tst_resultsarea.moc"
