// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cascade/cascadecell.h"
#include "common/runhistorymodel.h"
#include "statistics/runanalysis.h"

#include <QWidget>

class AccuracyHeatmap;
class CategoryScatterChart;
class LatencyChart;
class ModelScatterChart;
class QComboBox;
class ResultsMatrixView;
class RunComparisonView;
class QCustomPlot;
class QLabel;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class RunController;
class RunsLoader;
class Selection;
class StabilityChart;
class WorkspaceDocument;

// The Results & charts area: choose a run and a category, and see accuracy against cost (per
// category and traffic-weighted per model), the overview heatmap, latency and stability, the
// matrix of every case and answer, and how the run compares with an earlier one. Runs and
// results are read off the GUI thread (RunsLoader) and analysed on a pool thread; a generation
// counter drops an analysis that a newer run choice superseded.
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
    void connectSignals();
    void reload();
    void onRunsLoaded(const QList<RunSummary>& runs);
    void onRunChosen();
    void onResultsLoaded(const QString& runId, const QList<ResultRecord>& results);
    void onAnalysed(const RunAnalysis& analysis);
    void simulateCascades(); // the map's cascades on the run shown, on a pool thread
    void fillCategories();
    void refreshCharts();
    void showMessage(const QString& message, bool busy = false);
    void showExportMenu();
    void resetViews();
    void updateChartButtons(); // Reset and Export only where the tab has charts

    WorkspaceDocument* m_document;
    Selection* m_selection;
    RunController* m_runs;
    RunsLoader* m_loader;
    QComboBox* m_runCombo = nullptr;
    QComboBox* m_categoryCombo = nullptr;
    QToolButton* m_resetButton = nullptr;
    QToolButton* m_exportButton = nullptr;
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
    QList<ResultRecord> m_results; // of the run shown, for the matrix
    RunAnalysis m_analysis;
    QList<CascadeCell> m_cascades; // the map's cascades simulated on the run shown
    quint64 m_cascadeGeneration = 0;
    QString m_preferredRun; // to show once the run list arrives (a run that just finished)
    quint64 m_analysisGeneration = 0;
    bool m_analysing = false;
    bool m_loadFailed = false; // the last load of the database failed: its message stays shown
    bool m_filling = false; // the combos are being refilled: their changes are not the user's
};
