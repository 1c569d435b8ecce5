// SPDX-License-Identifier: GPL-3.0-or-later
#include "areafixture.h"
#include "chartfixtures.h"
#include "charts/accuracyheatmap.h"
#include "charts/categoryscatterchart.h"
#include "charts/modelscatterchart.h"
#include "document/selection.h"
#include "document/workspacedocument.h"
#include "latestevidence/evidencecellsmodel.h"
#include "results/resultsstore.h"
#include "resultsarea/resultsarea.h"
#include "resultsmatrix/resultsmatrixmodel.h"
#include "resultsmatrix/resultsmatrixview.h"
#include "runcompare/runcomparisonmodel.h"
#include "runcompare/runcomparisonview.h"
#include "runner/runcontroller.h"

#include <QComboBox>
#include <QDir>
#include <QLocale>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace chartfixtures;

class TestResultsArea : public RunAreaFixture<ResultsArea>
{
    Q_OBJECT
private Q_SLOTS:
    void untitledWorkspaceSaysWhatToDo()
    {
        m_document->reset(workspace());
        createRunArea();
        QVERIFY(m_area->emptyMessage().contains(QStringLiteral("No runs yet")));
        QCOMPARE(m_area->tabs()->count(), 7);
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
        // The latest evidence per cell comes first: every cell of run-new, the newer of two full runs.
        QCOMPARE(m_area->runCombo()->count(), 3);
        QVERIFY(m_area->showsLatestEvidence());
        QCOMPARE(m_area->evidence().runIds, QStringList { QStringLiteral("run-new") });
        QCOMPARE(m_area->runCombo()->itemData(1).toString(), QStringLiteral("run-new")); // newest first
        QVERIFY(m_area->runCombo()->itemText(1).contains(QStringLiteral("$0.420")));
        QVERIFY(m_selection->run().isEmpty()); // no one run is shown
        QVERIFY(m_area->emptyMessage().isEmpty());
        QVERIFY(m_area->noticeText().isEmpty());

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

        // The selection does not take the latest evidence away; a run chosen here shows alone, and
        // then the selection switches runs.
        m_selection->setRun(QStringLiteral("run-old"));
        QVERIFY(m_area->showsLatestEvidence());
        m_area->runCombo()->setCurrentIndex(1);
        QVERIFY(ready.wait(10000));
        QCOMPARE(m_selection->run(), QStringLiteral("run-new"));
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

    // A run of one model alone joins the last full run: its cells come from it, the others from the
    // full run, each labelled in the Evidence tab. Shown alone, a run whose answers all came from
    // the cache says so.
    void newModelRunJoinsTheLatestEvidence()
    {
        const QString path = m_dir.filePath(QStringLiteral("latest.signalbox.yaml"));
        const QString database = ResultsStore::databasePathFor(path);
        writeRun(database, QStringLiteral("run-full"), QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC), 10);
        {
            ResultsStore store;
            QVERIFY(store.open(database));
            RunInfo run;
            run.id = QStringLiteral("run-part");
            run.startedAt = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
            run.status = RunStatus::Completed;
            run.categories = categories;
            run.modelIds = { models.first() };
            run.simulated = true;
            QVERIFY(store.createRun(run));
            QList<ResultRecord> part = results(1, 20);
            part.removeIf([](const ResultRecord& record) { return record.modelId != models.first(); });
            for (ResultRecord& record : part) {
                record.runId = run.id;
                record.cached = true;
                record.cachedAt = QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC);
            }
            QVERIFY(store.insertResults(part));
        }
        m_document->reset(workspace(), path);
        m_area = std::make_unique<ResultsArea>(m_document.get(), m_selection.get(), m_runs.get());
        QSignalSpy ready(m_area.get(), &ResultsArea::analysisReady);
        QVERIFY(ready.wait(10000));
        QVERIFY(m_area->showsLatestEvidence());
        QCOMPARE(m_area->evidence().runIds, (QStringList { QStringLiteral("run-part"), QStringLiteral("run-full") }));
        const QString category = categories.first();
        QCOMPARE(m_area->analysis().cell(category, models.at(0))->trials, 20);
        QCOMPARE(m_area->analysis().cell(category, models.at(1))->trials, 10);
        const EvidenceCellsModel* cells = m_area->evidenceCells();
        QCOMPARE(cells->rowCount(), int(categories.size() * models.size()));
        QCOMPARE(cells->index(0, EvidenceCellsModel::RunColumn).data().toString(), QStringLiteral("run-part"));
        QCOMPARE(cells->index(1, EvidenceCellsModel::RunColumn).data().toString(), QStringLiteral("run-full"));
        // The heatmap's tool tips say where each cell comes from.
        const QString tip = m_area->heatmap()->toolTipFor(0, 0);
        QVERIFY2(tip.endsWith(QStringLiteral("From run run-part of ") + QLocale().toString(
                     QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC).toLocalTime(), QLocale::ShortFormat)),
                 qPrintable(tip));
        // 100 cached answers of 337: not mostly cached, no warning.
        QVERIFY2(m_area->noticeText().isEmpty(), qPrintable(m_area->noticeText()));

        m_area->runCombo()->setCurrentIndex(m_area->runCombo()->findData(QStringLiteral("run-part")));
        QVERIFY(ready.wait(10000));
        QVERIFY(!m_area->showsLatestEvidence());
        QVERIFY2(m_area->noticeText().startsWith(QStringLiteral("100% of these answers were cached on")),
                 qPrintable(m_area->noticeText()));
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
        QCOMPARE(m_area->tabs()->count(), 8);
        QCOMPARE(m_area->tabs()->widget(7), page);
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
