// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cascade/cascadecell.h"
#include "common/routeconfirmation.h"
#include "common/runhistorymodel.h"
#include "freshness/latestevidence.h"
#include "freshness/pricingshift.h"
#include "results/resultrecord.h"
#include "routing/routesuggestion.h"
#include "statistics/runanalysis.h"

#include <QWidget>

class NoticeBanner;
class QComboBox;
class QPushButton;
class QSettings;
class QSplitter;
class QTableView;
class RolloutPanel;
class RouteEditor;
class RoutingTableModel;
struct RouteAnalysis;
class RoutingAnalyser;
class RunController;
class SavingsPanel;
class Selection;
class WorkspaceDocument;

// The Routing area: the routing map as a table (a row per category, then the default route) with
// in-place model pickers, the selected route's chain and suggestion beside it, and the savings
// simulator. Suggestions come from a run (the newest by default) or the latest evidence across runs,
// which a RoutingAnalyser reads and analyses off the GUI thread.
// Every edit is one undo step on the document's stack.
class RoutingArea : public QWidget
{
    Q_OBJECT
public:
    RoutingArea(WorkspaceDocument* document, Selection* selection, RunController* runs, QWidget* parent = nullptr);
    ~RoutingArea() override;

    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);

    RoutingTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    RouteEditor* editor() const { return m_editor; }
    RolloutPanel* rollout() const { return m_rollout; }
    SavingsPanel* savings() const { return m_savings; }
    QComboBox* runCombo() const { return m_runCombo; }
    QPushButton* applyAllButton() const { return m_applyAll; }
    const RunAnalysis& analysis() const { return m_analysis; }
    // Where each cell's evidence comes from while the latest evidence across runs is shown; empty
    // while one run is.
    const LatestEvidence& evidence() const { return m_evidence; }
    bool showsLatestEvidence() const;
    QStringList defaultSuggestion() const { return m_defaultSuggestion; }
    QString noticeText() const; // the empty-state notice above the table; empty when none
    bool isBusy() const;

    // Asked before a route goes to a model whose evidence misses or does not decide the bar.
    void setRouteConfirmation(RouteConfirmation confirm) { m_confirmRoutes = std::move(confirm); }
    void applySuggestion(const QString& category); // empty: the default route
    void applyAllSuggestions();

Q_SIGNALS:
    void analysisReady(const QString& runId);

private:
    QWidget* createTopRow();
    void setUpTable();
    void connectSignals();
    void reload();
    void onRunsLoaded(const QList<RunSummary>& runs);
    void onRunChosen();
    void onAnalysed(const RouteAnalysis& analysed);
    void setCascades(const QList<CascadeCell>& cascades);
    void onCurrentRowChanged();
    void followCategory(const QString& category);
    void showSuggestion();
    void updateNotice();
    QString freshnessNotice() const;

    WorkspaceDocument* m_document;
    Selection* m_selection;
    RunController* m_runs;
    RoutingAnalyser* m_analyser;
    QComboBox* m_runCombo;
    QPushButton* m_applyAll;
    NoticeBanner* m_notice;
    RoutingTableModel* m_model;
    QTableView* m_table;
    RouteEditor* m_editor;
    RolloutPanel* m_rollout;
    SavingsPanel* m_savings;
    QSplitter* m_mainSplitter;
    QSplitter* m_leftSplitter;
    LatestEvidence m_evidence; // of the latest analysis across runs
    RunAnalysis m_analysis;
    QList<RouteSuggestion> m_suggestions;
    QList<PricingShift> m_pricingShifts; // of the run shown, at today's prices
    QString m_cacheWarning; // the run shown mostly came from the cache
    QStringList m_defaultSuggestion;
    QString m_latestRunId;
    QString m_appliedText; // what Apply all did last, until another run is shown
    RouteConfirmation m_confirmRoutes = dialogRouteConfirmation(this);
    bool m_noRuns = true;
    bool m_filling = false;
};
