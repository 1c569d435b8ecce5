// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/runhistorymodel.h"
#include "dispatcher/dispatchbenchmark.h"
#include "dispatcher/endtoend.h"

#include <memory>
#include <QWidget>

class ConfusionHeatmap;
class DispatchRulesModel;
class MisroutesModel;
class NoticeBanner;
class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QTemporaryDir;
class RunController;
class RunsLoader;
class Selection;
class WorkspaceDocument;

// The Dispatcher area: how a request finds its category. On the left the rules (tried in order),
// the classifier and the default, all edited in place as undo steps, and a test box that shows
// which rule a typed request fires. On the right the benchmark, run in the background: the
// confusion matrix, the misrouted cases with what sent them astray and what the wrong model
// answered, and the end-to-end figures beside the routing map's own projection (a perfect
// dispatcher) and the best single model, on the newest completed run.
class DispatcherArea : public QWidget
{
    Q_OBJECT
public:
    DispatcherArea(WorkspaceDocument* document, Selection* selection, RunController* runs, QWidget* parent = nullptr);
    ~DispatcherArea() override;

    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);

    DispatchRulesModel* rulesModel() const { return m_rulesModel; }
    QTableView* rulesView() const { return m_rulesView; }
    QPlainTextEdit* testInput() const { return m_testInput; }
    QString testVerdict() const; // what the test box says of the typed request
    QComboBox* classifierCombo() const { return m_classifierModel; }
    QPlainTextEdit* promptEdit() const { return m_prompt; }
    QComboBox* fallbackCombo() const { return m_fallback; }
    QPushButton* benchmarkButton() const { return m_benchmark; }
    QPushButton* cancelButton() const { return m_cancel; }
    QCheckBox* sandboxCheck() const { return m_sandbox; }
    ConfusionHeatmap* heatmap() const { return m_heatmap; }
    MisroutesModel* misroutesModel() const { return m_misroutes; }
    QTableWidget* endToEndTable() const { return m_endToEnd; }
    QString summaryText() const;
    bool showsEmptyState() const;
    QString emptyStateText() const;
    bool isBenchmarking() const;
    const DispatchFigures& figures() const { return m_figures; }
    const std::optional<EndToEndFigures>& endToEndFigures() const { return m_endToEndFigures; }

    void startBenchmark();

Q_SIGNALS:
    void benchmarkShown(); // figures (and, with a run, end-to-end figures) are on screen

private:
    QWidget* createEmptyPage();
    QWidget* createEditor();
    QWidget* createRulesBox();
    QWidget* createClassifierBox();
    QWidget* createTestBox();
    QWidget* createBenchmarkPane();
    QWidget* createBenchmarkBar();
    void connectSignals();
    void reload();
    void refreshEditor();
    void fillCombos();
    void updateTest();
    void updateRuleButtons();
    void onClassifierEdited();
    void addRule();
    void removeRule();
    void moveRule(int by);

    void loadRuns();
    void onRunsLoaded(const QList<RunSummary>& runs);
    void onOutcome(const DispatchOutcome& outcome);
    void onResultsLoaded(const QString& runId, const QList<ResultRecord>& results);
    void computeFigures();
    void showFigures();
    void showEndToEnd();
    void setBenchmarking(bool running);
    QString classifierDatabase();

    WorkspaceDocument* m_document;
    Selection* m_selection;
    RunController* m_runs;
    RunsLoader* m_loader;
    DispatchBenchmark* m_runner;
    QStackedWidget* m_pages;
    QLabel* m_emptyText;
    DispatchRulesModel* m_rulesModel;
    QTableView* m_rulesView;
    NoticeBanner* m_rulesNotice;
    QPushButton* m_addRule;
    QPushButton* m_removeRule;
    QPushButton* m_ruleUp;
    QPushButton* m_ruleDown;
    QComboBox* m_classifierModel;
    QPlainTextEdit* m_prompt;
    QComboBox* m_fallback;
    QPlainTextEdit* m_testInput;
    QLabel* m_testResult;
    QPushButton* m_benchmark;
    QPushButton* m_cancel;
    QCheckBox* m_sandbox;
    QProgressBar* m_progress;
    NoticeBanner* m_benchmarkNotice;
    QLabel* m_summary;
    QTableWidget* m_endToEnd;
    QLabel* m_price;
    ConfusionHeatmap* m_heatmap;
    MisroutesModel* m_misroutes;
    QTableView* m_misroutesView;
    QSplitter* m_splitter;
    QSplitter* m_resultsSplitter;
    std::unique_ptr<QTemporaryDir> m_scratch; // the classifier's calls for a workspace never saved
    std::optional<DispatchOutcome> m_outcome;
    DispatchFigures m_figures;
    std::optional<EndToEndFigures> m_endToEndFigures;
    RunInfo m_run; // the run whose results score the end-to-end figures; empty id: none
    QList<ResultRecord> m_results;
    quint64 m_generation = 0;
    bool m_filling = false;
};
