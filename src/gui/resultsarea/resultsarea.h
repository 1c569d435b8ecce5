// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "freshness/latestevidence.h"
#include "cascade/cascadecell.h"
#include "common/runhistorymodel.h"
#include "statistics/runanalysis.h"

#include <QWidget>

class AccuracyHeatmap;
class CategoryScatterChart;
class EvidenceCellsModel;
class LatencyChart;
class ModelScatterChart;
class NoticeBanner;
class QComboBox;
class ResultsMatrixView;
class RunComparisonView;
class QCustomPlot;
class QLabel;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTabWidget;
class QToolButton;
class ResultsAnalyser;
class RunController;
class Selection;
class StabilityChart;
struct ShownEvidence;
class WorkspaceDocument;

// The Results & charts area: choose the evidence (the latest per category and model across runs,
// the default, or one run alone) and a category, and see accuracy against cost (per category and
// traffic-weighted per model), the overview heatmap, latency and stability, the matrix of every
// case and answer, where each cell's evidence comes from, and how a run compares with an earlier
// one. A banner warns when the answers mostly came from the cache or cells were left out as stale.
// Runs and results are read and analysed off the GUI thread by a ResultsAnalyser.
class ResultsArea : public QWidget
{
    Q_OBJECT
public:
    ResultsArea(WorkspaceDocument* document, Selection* selection, RunController* runs, QWidget* parent = nullptr);
    ~ResultsArea() override;

    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);
    // Adds a tab (e.g. "Matrix", "Compare runs"); its QCustomPlots get export and reset too.
    void addPage(QWidget* page, const QString& title);

    QComboBox* runCombo() const { return m_runCombo; }
    QComboBox* categoryCombo() const { return m_categoryCombo; }
    QTabWidget* tabs() const { return m_tabs; }
    CategoryScatterChart* categoryChart() const { return m_categoryChart; }
    ModelScatterChart* modelChart() const { return m_modelChart; }
    AccuracyHeatmap* heatmap() const { return m_heatmap; }
    ResultsMatrixView* matrix() const { return m_matrix; }
    RunComparisonView* comparison() const { return m_comparison; }
    EvidenceCellsModel* evidenceCells() const { return m_evidenceModel; }
    const LatestEvidence& evidence() const { return m_evidence; }
    bool showsLatestEvidence() const;
    QString noticeText() const; // the cache and staleness warnings; empty when none
    const RunAnalysis& analysis() const { return m_analysis; }
    QString shownRunId() const { return m_analysis.runId; }
    bool isBusy() const;
    QString emptyMessage() const; // empty while the charts show
    QList<QCustomPlot*> currentPlots() const; // of the current tab

Q_SIGNALS:
    void analysisReady(const QString& runId);

private:
    QWidget* createTopRow();
    void createPages();
    QWidget* createEvidencePage();
    void connectSignals();
    void reload();
    void onRunsLoaded(const QList<RunSummary>& runs);
    void onRunChosen();
    void onAnalysed(const ShownEvidence& shown);
    void showAnalysis(const RunAnalysis& analysis);
    void updateNotice(const QString& cacheWarning);
    void fillCategories();
    void refreshCharts();
    void showMessage(const QString& message, bool busy = false);
    void showExportMenu();
    void resetViews();
    void updateChartButtons(); // Reset and Export only where the tab has charts

    WorkspaceDocument* m_document;
    Selection* m_selection;
    RunController* m_runs;
    ResultsAnalyser* m_analyser;
    QComboBox* m_runCombo = nullptr;
    QComboBox* m_categoryCombo = nullptr;
    QToolButton* m_resetButton = nullptr;
    QToolButton* m_exportButton = nullptr;
    NoticeBanner* m_notice = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_message = nullptr;
    QTabWidget* m_tabs = nullptr;
    QSplitter* m_overviewSplitter = nullptr;
    CategoryScatterChart* m_categoryChart = nullptr;
    ModelScatterChart* m_modelChart = nullptr;
    AccuracyHeatmap* m_heatmap = nullptr;
    LatencyChart* m_latency = nullptr;
    StabilityChart* m_stability = nullptr;
    ResultsMatrixView* m_matrix = nullptr;
    RunComparisonView* m_comparison = nullptr;
    EvidenceCellsModel* m_evidenceModel = nullptr;
    QTableView* m_evidenceView = nullptr;
    QList<ResultRecord> m_results; // of what is shown, for the matrix
    LatestEvidence m_evidence; // where each cell shown comes from
    RunAnalysis m_analysis;
    QList<CascadeCell> m_cascades; // the map's cascades simulated on the run shown
    bool m_loadFailed = false; // the last load of the database failed: its message stays shown
    bool m_filling = false; // the combos are being refilled: their changes are not the user's
};
