// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/runhistorymodel.h"
#include "results/runinfo.h"
#include "runner/runprogress.h"

#include <memory>
#include <QWidget>

class EmptyStateOverlay;
class NoticeBanner;
class QAction;
class QSettings;
class QSortFilterProxyModel;
class ResultDetailPanel;
class ResultsFilterProxy;
class ResultsTableModel;
class RunController;
class RunPrompts;
class RunSetupPanel;
class RunsLoader;
class Selection;
class WorkspaceDocument;
struct MissingCells;
struct OpenBatches;
struct Workspace;
struct PlanEstimate;
struct ResultRecord;
struct RunRequest;

namespace Ui {
class RunsArea;
}

// The Runs area: choose what to benchmark and see the estimate, start, pause, resume or cancel a
// run, watch its results arrive in a table, open any result in full, and go back to earlier runs
// of the workspace (resuming one that stopped early). Listing and loading runs happen off the GUI
// thread; the run itself is the RunController's, which the main window's status bar follows too.
// QWidget::actions() holds Run, Pause/Resume and Cancel, with shortcuts, for the toolbar.
class RunsArea : public QWidget
{
    Q_OBJECT
public:
    RunsArea(WorkspaceDocument* document, Selection* selection, RunController* runs, QWidget* parent = nullptr);
    ~RunsArea() override;

    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);
    void setPrompts(std::unique_ptr<RunPrompts> prompts); // dialogs by default

    RunSetupPanel* setupPanel() const { return m_setup; }
    ResultsTableModel* resultsModel() const { return m_results; }
    ResultsFilterProxy* resultsProxy() const { return m_proxy; }
    RunHistoryModel* historyModel() const { return m_history; }
    ResultDetailPanel* detailPanel() const { return m_detail; }
    QAction* runAction() const { return m_runAction; }
    QAction* pauseAction() const { return m_pauseAction; }
    QAction* cancelAction() const { return m_cancelAction; }
    QAction* resumeRunAction() const { return m_resumeRunAction; }
    QAction* runMissingAction() const { return m_runMissingAction; }
    // Says when a run of the workspace left batches open at their providers, with "Collect Now".
    NoticeBanner* openBatchesNotice() const { return m_openBatchesNotice; }

    QString shownRunId() const { return m_shown.id; }
    const RunInfo& shownRun() const { return m_shown; }
    bool isShownRunLive() const;
    QString emptyMessage() const; // what the results table says while it has no rows
    QString noticeText() const;
    void showRun(const QString& runId); // selects it in the history and loads its results
    void selectResult(int sourceRow); // in the results table, showing it in the detail pane
    void showErrorsOnly();

Q_SIGNALS:
    void historyLoaded();
    void runResultsLoaded(const QString& runId);
    void openBatchesChecked(); // the database was read for open batches: the notice shows what it found
    void statusMessage(const QString& message); // for the main window's status bar

private:
    // Set-up (runsarea.cpp)
    void setUpViews();
    void setUpHistory();
    void connectDocument();
    void connectRuns();
    void onWorkspaceChanged();
    void onWorkspaceReset();
    void followSelection(const QString& runId);

    // Actions and starting runs (runsareaactions.cpp)
    void createActions();
    void updateActions();
    void startRun();
    void continueStart();
    bool confirmStart(const RunRequest& request, const PlanEstimate& estimate);
    QString missingKeys(const QStringList& providers) const;
    void togglePause();
    void cancelRun();
    void resumeShownRun();
    void resumeRun(const RunInfo& run);
    void launch(const RunRequest& request);
    void runMissing();
    void startMissing(const Workspace& workspace, const MissingCells& missing);

    // The live run and the history (runsarealive.cpp)
    void onStarted(const RunInfo& run, int totalJobs, int alreadyDone);
    void onResults(const QList<ResultRecord>& results);
    void onProgress(const RunProgress& progress);
    void onFinished(const RunInfo& run, const RunProgress& progress);
    void onFailed(const QString& message);
    void loadHistory();
    void onRunsLoaded(const QList<RunSummary>& runs);
    void onResultsLoaded(const QString& runId, const QList<ResultRecord>& results);
    void onHistoryRowChanged();
    void selectHistoryRow(const QString& runId);
    void onResultChanged();

    // Batches left open at the providers, collected on request (runsareabatches.cpp)
    void setUpOpenBatches();
    void findOpenBatches(const QString& databasePath);
    void showOpenBatches(const OpenBatches& open);
    void followRunStatus(const RunInfo& run);
    void collectOpenBatches();

    // What the live panel shows (runsareaview.cpp)
    void updateRunHeader();
    void showProgress(const RunProgress& progress);
    RunProgress tallyShownRun() const;
    int expectedJobs(const RunInfo& run) const;
    void updateCounts();
    void updateEmptyMessage();
    void updateModelLabels();

    std::unique_ptr<Ui::RunsArea> ui;
    WorkspaceDocument* m_document;
    Selection* m_selection;
    RunController* m_runs;
    std::unique_ptr<RunPrompts> m_prompts;
    RunSetupPanel* m_setup;
    ResultsTableModel* m_results;
    ResultsFilterProxy* m_proxy;
    RunHistoryModel* m_history;
    QSortFilterProxyModel* m_historyProxy;
    ResultDetailPanel* m_detail;
    RunsLoader* m_loader;
    NoticeBanner* m_notice;
    NoticeBanner* m_openBatchesNotice;
    EmptyStateOverlay* m_empty = nullptr;
    QAction* m_runAction = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_resumeRunAction = nullptr;
    QAction* m_runMissingAction = nullptr;
    bool m_findingMissing = false; // reading the evidence before a Run Missing

    RunInfo m_openBatchesRun; // the run whose open batches the notice offers to collect
    quint64 m_openBatchesGeneration = 0; // drops a stale reading of the open batches
    bool m_openBatchesAnnounced = false; // in the status bar
    RunInfo m_shown; // the run whose results the table shows; empty id: none
    RunProgress m_liveProgress;
    QString m_liveRunId; // the controller's run, while it runs on this workspace's database
    QString m_liveDatabase;
    QList<ResultRecord> m_liveBuffer; // live results of the shown run that arrived while it loaded
    bool m_historyEverLoaded = false;
    bool m_startWaitsForEstimate = false;
    bool m_cancelling = false;
};
