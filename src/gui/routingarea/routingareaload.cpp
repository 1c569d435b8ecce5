// SPDX-License-Identifier: GPL-3.0-or-later
// How the Routing area finds its run, loads it, and analyses it with the suggestions, off the GUI
// thread.
#include "common/noticebanner.h"
#include "common/runsloader.h"
#include "common/whenfinished.h"
#include "document/resultsdatabase.h"
#include "document/selection.h"
#include "document/workspacedocument.h"
#include "freshness/cacheuse.h"
#include "freshness/pricingshift.h"
#include "latestevidence/evidencechoice.h"
#include "rolloutpanel.h"
#include "routeeditor.h"
#include "routingarea.h"
#include "routingtablemodel.h"
#include "runner/runcontroller.h"
#include "savingspanel.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QtConcurrent>

namespace {
// A run's figures and what they suggest, computed together on a pool thread.
struct Analysed {
    RunAnalysis analysis;
    QList<RouteSuggestion> suggestions;
    QStringList defaultChain;
    QList<PricingShift> pricingShifts; // routes whose winner today's prices change
    QString cacheWarning; // when the run's answers mostly came from the cache
    LatestEvidence evidence; // across runs; empty for one run
    QList<CascadeCell> cascades; // the map's cascades simulated on the results
};

Analysed analyseAndSuggest(const Workspace& workspace, const RunInfo& run, const QList<ResultRecord>& results)
{
    Analysed analysed;
    analysed.analysis = analyseRun(workspace, results);
    analysed.suggestions = suggestRoutes(workspace, analysed.analysis, results);
    analysed.defaultChain = suggestDefaultChain(workspace, analysed.analysis);
    analysed.pricingShifts = repriceRun(workspace, run, results).shifts;
    analysed.cacheWarning = CacheWarning::text(cacheUseOf(results));
    analysed.cascades = routeCascades(workspace, results);
    return analysed;
}

// The same for the latest evidence per cell across runs, judged against the workspace as it is now.
Analysed analyseLatest(const Workspace& workspace, const QList<RunResults>& runs)
{
    Analysed analysed;
    analysed.evidence = latestEvidence(workspace, runs);
    const QList<ResultRecord>& results = analysed.evidence.results;
    analysed.analysis = analyseRun(workspace, results);
    analysed.suggestions = labelledWithCells(suggestRoutes(workspace, analysed.analysis, results), analysed.evidence);
    analysed.defaultChain = suggestDefaultChain(workspace, analysed.analysis);
    analysed.pricingShifts = repriceLatest(workspace, analysed.evidence).shifts;
    analysed.cacheWarning = CacheWarning::text(cacheUseOf(results));
    analysed.cascades = routeCascades(workspace, results);
    return analysed;
}

QString runLabel(const RunInfo& run, bool newest)
{
    QString text = QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat);
    if (newest)
        text = RoutingArea::tr("%1 (newest)").arg(text);
    return run.simulated ? RoutingArea::tr("%1 · simulated").arg(text) : text;
}
} // namespace

void RoutingArea::connectSignals()
{
    connect(m_loader, &RunsLoader::runsLoaded, this, &RoutingArea::onRunsLoaded);
    connect(m_loader, &RunsLoader::resultsLoaded, this, &RoutingArea::onResultsLoaded);
    connect(m_loader, &RunsLoader::allResultsLoaded, this, &RoutingArea::onAllResultsLoaded);
    connect(m_loader, &RunsLoader::failed, this, [this](const QString& message) {
        setAnalysing(false);
        m_notice->setKind(NoticeBanner::Kind::Warning);
        m_notice->setText(tr("The results database could not be read: %1").arg(message));
    });
    connect(m_document, &WorkspaceDocument::workspaceReset, this, &RoutingArea::reload);
    connect(m_document, &WorkspaceDocument::filePathChanged, this, &RoutingArea::reload);
    connect(m_document, &WorkspaceDocument::routingChanged, this, [this] {
        updateNotice();
        showSuggestion();
        simulateCascades();
    });
    // A category's bar or target decides its suggestion, a model's price whether pricing changed a
    // winner: analyse again. Across runs, a change to a category's cases, prompt or scorers also
    // makes its cells stale.
    connect(m_document, &WorkspaceDocument::itemChanged, this, [this](const ItemPath& path) {
        const bool staleness = showsLatestEvidence() && path.list == ItemPath::List::Cases;
        const bool decides = path.list == ItemPath::List::Categories || path.list == ItemPath::List::Models;
        if ((decides || staleness) && hasEvidence())
            analyse();
    });
    connect(m_document, &WorkspaceDocument::itemInserted, this, &RoutingArea::updateNotice);
    connect(m_document, &WorkspaceDocument::itemRemoved, this, &RoutingArea::updateNotice);
    // A run that finishes joins the latest evidence when that is shown (or nothing was); else it is
    // shown alone.
    connect(m_runs, &RunController::finished, this, [this](const RunInfo& run) {
        m_preferredRun = showsLatestEvidence() || m_runCombo->count() == 0 ? EvidenceChoice::latestKey() : run.id;
        m_loader->loadRuns(resultsDatabasePath(m_document));
    });
    connect(m_runCombo, &QComboBox::currentIndexChanged, this, &RoutingArea::onRunChosen);
    connect(m_applyAll, &QPushButton::clicked, this, &RoutingArea::applyAllSuggestions);
    connect(m_editor, &RouteEditor::applySuggestionRequested, this, &RoutingArea::applySuggestion);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RoutingArea::onCurrentRowChanged);
    connect(m_selection, &Selection::categoryChanged, this, &RoutingArea::followCategory);
}

// The busy cursor goes with the flag, so that a superseded analysis or a failed load cannot leave it on.
void RoutingArea::setAnalysing(bool analysing)
{
    m_analysing = analysing;
    if (analysing)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

bool RoutingArea::isBusy() const
{
    return m_loader->isLoadingRuns() || m_loader->isLoadingResults() || m_analysing;
}

void RoutingArea::reload()
{
    ++m_generation;
    setAnalysing(false);
    m_results.clear();
    m_allRuns.clear();
    m_evidence = {};
    m_analysis = {};
    m_suggestions.clear();
    m_defaultSuggestion.clear();
    m_latestRunId.clear();
    m_noRuns = true;
    m_loader->dropResults();
    m_filling = true;
    m_runCombo->clear();
    m_filling = false;
    m_model->setAnalysis({}, {}, {});
    setCascades({});
    m_model->setPricingShifts({});
    m_model->setEvidenceCells({});
    m_pricingShifts.clear();
    m_cacheWarning.clear();
    m_savings->setAnalysis({});
    m_notice->setKind(NoticeBanner::Kind::Information);
    followCategory(m_selection->category());
    if (m_table->currentIndex().row() < 0)
        m_table->setCurrentIndex(m_model->index(0, RoutingTableModel::CategoryColumn));
    updateNotice();
    showSuggestion();
    if (!resultsDatabasePath(m_document).isEmpty())
        m_loader->loadRuns(resultsDatabasePath(m_document));
}

void RoutingArea::onRunsLoaded(const QList<RunSummary>& runs)
{
    QList<RunSummary> sorted = runs;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const RunSummary& a, const RunSummary& b) { return a.run.startedAt > b.run.startedAt; });
    const QString wanted = !m_preferredRun.isEmpty()      ? m_preferredRun
        : !m_runCombo->currentData().toString().isEmpty() ? m_runCombo->currentData().toString()
                                                          : EvidenceChoice::latestKey();
    m_preferredRun.clear();
    m_latestRunId = sorted.isEmpty() ? QString() : sorted.first().run.id;
    m_noRuns = sorted.isEmpty();
    m_filling = true;
    m_runCombo->clear();
    m_runInfos.clear();
    if (!sorted.isEmpty())
        EvidenceChoice::addLatestItem(m_runCombo);
    for (const RunSummary& summary : std::as_const(sorted)) {
        m_runInfos.insert(summary.run.id, summary.run);
        m_runCombo->addItem(runLabel(summary.run, summary.run.id == m_latestRunId), summary.run.id);
        m_runCombo->setItemData(m_runCombo->count() - 1, tr("Run %1").arg(summary.run.id), Qt::ToolTipRole);
    }
    m_runCombo->setCurrentIndex(qMax(0, m_runCombo->findData(wanted)));
    m_filling = false;
    m_appliedText.clear();
    updateNotice();
    onRunChosen();
}

void RoutingArea::onRunChosen()
{
    if (m_filling)
        return;
    const QString runId = m_runCombo->currentData().toString();
    if (runId.isEmpty())
        return;
    ++m_generation;
    if (runId == EvidenceChoice::latestKey())
        m_loader->loadAllResults(resultsDatabasePath(m_document));
    else
        m_loader->loadResults(resultsDatabasePath(m_document), runId);
}

bool RoutingArea::showsLatestEvidence() const
{
    return EvidenceChoice::isLatest(m_runCombo);
}

bool RoutingArea::hasEvidence() const
{
    return !m_results.isEmpty() || !m_allRuns.isEmpty();
}

void RoutingArea::onResultsLoaded(const QString&, const QList<ResultRecord>& results)
{
    m_allRuns.clear();
    m_results = results;
    analyse();
}

void RoutingArea::onAllResultsLoaded(const QList<RunResults>& runs)
{
    m_results.clear();
    m_allRuns = runs;
    analyse();
}

void RoutingArea::analyse()
{
    const quint64 generation = ++m_generation;
    setAnalysing(true);
    const RunInfo run = m_runInfos.value(m_runCombo->currentData().toString());
    QFuture<Analysed> analysing = showsLatestEvidence()
        ? QtConcurrent::run(analyseLatest, m_document->workspace(), m_allRuns)
        : QtConcurrent::run(analyseAndSuggest, m_document->workspace(), run, m_results);
    const quint64 cascadeGeneration = m_cascadeGeneration; // a later simulation knows a newer map
    whenFinished(this, analysing, [this, generation, cascadeGeneration](const Analysed& analysed) {
        if (generation != m_generation)
            return;
        setAnalysing(false);
        m_analysis = analysed.analysis;
        m_suggestions = analysed.suggestions;
        m_defaultSuggestion = analysed.defaultChain;
        m_model->setAnalysis(m_analysis, m_latestRunId, m_suggestions);
        if (cascadeGeneration == m_cascadeGeneration)
            setCascades(analysed.cascades);
        m_model->setPricingShifts(analysed.pricingShifts);
        m_evidence = analysed.evidence;
        m_model->setEvidenceCells(analysed.evidence.cells);
        if (showsLatestEvidence())
            m_runCombo->setItemData(m_runCombo->currentIndex(), EvidenceText::sources(m_evidence), Qt::ToolTipRole);
        m_pricingShifts = analysed.pricingShifts;
        m_cacheWarning = analysed.cacheWarning;
        m_savings->setAnalysis(m_analysis);
        m_rollout->setAnalysis(m_analysis);
        updateNotice();
        showSuggestion();
        Q_EMIT analysisReady(m_analysis.runId);
    });
}

// A route made a cascade, or a cascade's chain or check changed: simulate the map's cascades again,
// off the GUI thread; the rest of the analysis still holds.
void RoutingArea::simulateCascades()
{
    // Across runs, the results of the latest analysis: those of each cell's run, stale ones left out.
    const QList<ResultRecord> results = showsLatestEvidence() ? m_evidence.results : m_results;
    if (results.isEmpty())
        return;
    const quint64 generation = ++m_cascadeGeneration;
    QFuture<QList<CascadeCell>> simulating = QtConcurrent::run(routeCascades, m_document->workspace(), results);
    whenFinished(this, simulating, [this, generation](const QList<CascadeCell>& cascades) {
        if (generation == m_cascadeGeneration && cascades != m_model->cascades())
            setCascades(cascades);
    });
}

void RoutingArea::setCascades(const QList<CascadeCell>& cascades)
{
    m_model->setCascades(cascades);
    m_savings->setCascades(cascades);
}
