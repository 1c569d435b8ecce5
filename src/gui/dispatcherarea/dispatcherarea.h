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

    WorkspaceDocument* m_document = nullptr;
    Selection* m_selection = nullptr;
    RunController* m_runs = nullptr;
    RunsLoader* m_loader = nullptr;
    DispatchBenchmark* m_runner = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_emptyText = nullptr;
    DispatchRulesModel* m_rulesModel = nullptr;
    QTableView* m_rulesView = nullptr;
    NoticeBanner* m_rulesNotice = nullptr;
    QPushButton* m_addRule = nullptr;
    QPushButton* m_removeRule = nullptr;
    QPushButton* m_ruleUp = nullptr;
    QPushButton* m_ruleDown = nullptr;
    QComboBox* m_classifierModel = nullptr;
    QPlainTextEdit* m_prompt = nullptr;
    QComboBox* m_fallback = nullptr;
    QPlainTextEdit* m_testInput = nullptr;
    QLabel* m_testResult = nullptr;
    QPushButton* m_benchmark = nullptr;
    QPushButton* m_cancel = nullptr;
    QCheckBox* m_sandbox = nullptr;
    QProgressBar* m_progress = nullptr;
    NoticeBanner* m_benchmarkNotice = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_endToEnd = nullptr;
    QLabel* m_price = nullptr;
    ConfusionHeatmap* m_heatmap = nullptr;
    MisroutesModel* m_misroutes = nullptr;
    QTableView* m_misroutesView = nullptr;
    QSplitter* m_splitter = nullptr;
    QSplitter* m_resultsSplitter = nullptr;
    std::unique_ptr<QTemporaryDir> m_scratch; // the classifier's calls for a workspace never saved
    std::optional<DispatchOutcome> m_outcome;
    DispatchFigures m_figures;
    std::optional<EndToEndFigures> m_endToEndFigures;
    RunInfo m_run; // the run whose results score the end-to-end figures; empty id: none
    QList<ResultRecord> m_results;
    quint64 m_generation = 0;
    bool m_filling = false;
};
