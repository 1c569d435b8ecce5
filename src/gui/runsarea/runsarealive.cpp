// SPDX-License-Identifier: GPL-3.0-or-later
// The Runs area and the runs: the live run's signals, the history and loading a run's results.
#include "common/noticebanner.h"
#include "common/runsloader.h"
#include "document/resultsdatabase.h"
#include "document/selection.h"
#include "resultdetailpanel.h"
#include "resultsfilterproxy.h"
#include "resultstablemodel.h"
#include "runner/runcontroller.h"
#include "runsarea.h"
#include "ui_runsarea.h"

#include <QSortFilterProxyModel>

bool RunsArea::isShownRunLive() const
{
    return !m_liveRunId.isEmpty() && m_shown.id == m_liveRunId;
}

void RunsArea::onStarted(const RunInfo& run, int, int)
{
    if (m_liveDatabase.isEmpty())
        m_liveDatabase = resultsDatabasePath(m_document); // started by someone else on the same controller
    if (m_liveDatabase != resultsDatabasePath(m_document))
        return;
    m_liveRunId = run.id;
    m_liveProgress = m_runs->progress();
    if (run.id != m_shown.id) {
        m_loader->dropResults();
        m_liveBuffer.clear();
        m_results->clear();
        m_detail->clear();
    }
    m_shown = run;
    m_selection->setRun(run.id);
    loadHistory();
    updateActions();
    updateRunHeader();
    updateEmptyMessage();
}

void RunsArea::onResults(const QList<ResultRecord>& results)
{
    if (results.isEmpty() || !isShownRunLive() || results.constFirst().runId != m_shown.id)
        return;
    if (m_loader->isLoadingResults())
        m_liveBuffer.append(results);
    m_results->addResults(results);
}

void RunsArea::onProgress(const RunProgress& progress)
{
    if (progress.runId != m_liveRunId)
        return;
    m_liveProgress = progress;
    RunInfo run = m_runs->run();
    run.status = progress.paused ? RunStatus::Paused : RunStatus::Running;
    run.spentUsd = progress.spentUsd;
    m_history->updateRun({ run, progress.done });
    if (isShownRunLive()) {
        m_shown.status = run.status;
        showProgress(progress);
    }
    updateActions();
}

void RunsArea::onFinished(const RunInfo& run, const RunProgress& progress)
{
    const bool shown = isShownRunLive();
    m_liveRunId.clear();
    m_liveDatabase.clear();
    m_cancelling = false;
    if (shown) {
        m_shown = run;
        m_liveProgress = progress;
        if (!progress.stopReason.isEmpty()) {
            m_notice->setKind(NoticeBanner::Kind::Information);
            m_notice->setText(
                tr("The run stopped early: %1. Resume it to run its missing jobs.").arg(progress.stopReason));
        }
    }
    loadHistory();
    updateActions();
    updateRunHeader();
}

void RunsArea::onFailed(const QString& message)
{
    m_liveRunId.clear();
    m_liveDatabase.clear();
    m_cancelling = false;
    m_notice->setKind(NoticeBanner::Kind::Warning);
    m_notice->setText(tr("The run failed: %1").arg(message));
    loadHistory();
    updateActions();
    updateRunHeader();
}

void RunsArea::loadHistory()
{
    ++m_openBatchesGeneration; // what a reading under way found is out of date: one follows the history
    const QString path = resultsDatabasePath(m_document);
    ui->historyHint->setText(
        path.isEmpty() ? tr("Save the workspace to keep its runs: they are stored in a database beside the file.")
                       : tr("Runs of this workspace, newest first. Select one to see its results."));
    if (path.isEmpty()) {
        m_history->setRuns({});
        findOpenBatches({});
        return;
    }
    m_loader->loadRuns(path);
}

void RunsArea::onRunsLoaded(const QList<RunSummary>& runs)
{
    // After the history, not beside it: opening the database marks a killed run as interrupted,
    // and two readers opening it at once could each leave that to the other.
    findOpenBatches(resultsDatabasePath(m_document));
    m_history->setRuns(runs);
    if (const int row = m_history->rowOf(m_shown.id); row >= 0 && !isShownRunLive())
        m_shown = m_history->summary(row).run; // its status may have changed since it was shown
    const bool first = !m_historyEverLoaded;
    m_historyEverLoaded = true;
    if (m_shown.id.isEmpty() && first && !runs.isEmpty()) {
        const QString wanted
            = m_history->rowOf(m_selection->run()) >= 0 ? m_selection->run() : runs.constFirst().run.id;
        showRun(wanted);
    } else {
        selectHistoryRow(m_shown.id);
    }
    updateActions();
    updateRunHeader();
    updateEmptyMessage();
    Q_EMIT historyLoaded();
}

void RunsArea::selectHistoryRow(const QString& runId)
{
    const int row = m_history->rowOf(runId);
    const QModelIndex index = row < 0 ? QModelIndex() : m_historyProxy->mapFromSource(m_history->index(row, 0));
    const QSignalBlocker blocker(ui->historyView->selectionModel());
    ui->historyView->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    ui->historyView->viewport()->update();
}

void RunsArea::onHistoryRowChanged()
{
    const QModelIndex current = ui->historyView->currentIndex();
    if (current.isValid())
        showRun(current.data(RunHistoryModel::RunIdRole).toString());
}

void RunsArea::showRun(const QString& runId)
{
    const int row = m_history->rowOf(runId);
    if (row < 0 || runId == m_shown.id)
        return;
    m_shown = m_history->summary(row).run;
    m_liveBuffer.clear();
    m_results->clear();
    m_detail->clear();
    selectHistoryRow(runId);
    m_selection->setRun(runId);
    m_loader->loadResults(resultsDatabasePath(m_document), runId);
    updateActions();
    updateRunHeader();
    updateEmptyMessage();
}

void RunsArea::onResultsLoaded(const QString& runId, const QList<ResultRecord>& results)
{
    if (runId != m_shown.id)
        return;
    m_results->setResults(results);
    m_results->addResults(m_liveBuffer);
    m_liveBuffer.clear();
    updateRunHeader();
    updateEmptyMessage();
    Q_EMIT runResultsLoaded(runId);
}

void RunsArea::selectResult(int sourceRow)
{
    const QModelIndex index = m_proxy->mapFromSource(m_results->index(sourceRow, 0));
    ui->resultsView->setCurrentIndex(index);
    ui->resultsView->scrollTo(index);
}

void RunsArea::onResultChanged()
{
    const int row = m_proxy->sourceRow(ui->resultsView->currentIndex().row());
    if (row < 0) {
        m_detail->clear();
        return;
    }
    const ResultRecord& record = m_results->record(row);
    m_detail->showResult(record, m_shown, m_results->modelLabel(record.modelId));
}

void RunsArea::showErrorsOnly()
{
    ui->showCombo->setCurrentIndex(ui->showCombo->findData(int(ResultsFilterProxy::Show::ErrorsOnly)));
}
