// SPDX-License-Identifier: GPL-3.0-or-later
// How the Results area finds its run, loads it and analyses it, off the GUI thread.
#include "common/costformat.h"
#include "common/formfields.h"
#include "common/noticebanner.h"
#include "common/runsloader.h"
#include "common/whenfinished.h"
#include "document/resultsdatabase.h"
#include "document/selection.h"
#include "document/workspacedocument.h"
#include "freshness/cacheuse.h"
#include "latestevidence/evidencecellsmodel.h"
#include "latestevidence/evidencechoice.h"
#include "charts/accuracyheatmap.h"
#include "resultsarea.h"
#include "runcompare/runcomparisonview.h"
#include "runner/runcontroller.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QtConcurrent>

namespace {
// What the area shows, analysed on a pool thread: the figures, the results behind them, where each
// cell comes from, and whether they mostly came from the cache.
struct Shown {
    RunAnalysis analysis;
    QList<ResultRecord> results;
    LatestEvidence evidence;
    QString cacheWarning;
};

// One run alone: all its results, its cells marked stale where the category changed since.
Shown analyseOneRun(const Workspace& workspace, const RunInfo& run, const QList<ResultRecord>& results)
{
    return { analyseRun(workspace, results), results, latestEvidence(workspace, { RunResults { run, results } }),
             CacheWarning::text(cacheUseOf(results)) };
}

// The latest evidence per cell across runs, stale cells left out.
Shown analyseLatest(const Workspace& workspace, const QList<RunResults>& runs)
{
    LatestEvidence evidence = latestEvidence(workspace, runs);
    const QList<ResultRecord> results = evidence.results;
    return { analyseRun(workspace, results), results, std::move(evidence), CacheWarning::text(cacheUseOf(results)) };
}

// Each cell's run and date, or why it is left out, for the heatmap's tool tips.
QMap<std::pair<QString, QString>, QString> cellNotes(const LatestEvidence& evidence)
{
    QMap<std::pair<QString, QString>, QString> notes;
    for (const EvidenceCell& cell : evidence.cells)
        notes.insert({ cell.category, cell.modelId }, EvidenceText::cell(cell));
    return notes;
}

QString runText(const RunSummary& summary)
{
    const RunInfo& run = summary.run;
    QString text
        = ResultsArea::tr("%1 · %n model(s) · %2", nullptr, int(run.modelIds.size()))
              .arg(QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat), costText(run.spentUsd));
    if (run.simulated)
        text += ResultsArea::tr(" · simulated");
    return text;
}
} // namespace

void ResultsArea::connectSignals()
{
    connect(m_loader, &RunsLoader::runsLoaded, this, &ResultsArea::onRunsLoaded);
    connect(m_loader, &RunsLoader::resultsLoaded, this, &ResultsArea::onResultsLoaded);
    connect(m_loader, &RunsLoader::allResultsLoaded, this, &ResultsArea::onAllResultsLoaded);
    connect(m_loader, &RunsLoader::failed, this, [this](const QString& message) {
        m_loadFailed = true;
        showMessage(tr("The results database could not be read: %1").arg(message));
    });
    connect(m_document, &WorkspaceDocument::workspaceReset, this, &ResultsArea::reload);
    connect(m_document, &WorkspaceDocument::filePathChanged, this, &ResultsArea::reload);
    // Bars, routes and model names come from the workspace: the charts follow its edits. Across
    // runs, a changed category's cells turn stale: analyse again.
    connect(m_document, &WorkspaceDocument::routingChanged, this, &ResultsArea::refreshCharts);
    connect(m_document, &WorkspaceDocument::routingChanged, this, &ResultsArea::simulateCascades);
    connect(m_document, &WorkspaceDocument::itemChanged, this, [this](const ItemPath& path) {
        const bool decidesCells = path.list == ItemPath::List::Categories || path.list == ItemPath::List::Cases;
        if (showsLatestEvidence() && decidesCells && !m_allRuns.isEmpty())
            analyse();
        else
            refreshCharts();
    });
    // A run that finishes joins the latest evidence when that is shown (or nothing was); else it is
    // shown alone.
    connect(m_runs, &RunController::finished, this, [this](const RunInfo& run) {
        m_preferredRun = showsLatestEvidence() || m_runCombo->count() == 0 ? EvidenceChoice::latestKey() : run.id;
        m_loadFailed = false;
        m_loader->loadRuns(resultsDatabasePath(m_document));
    });
    connect(m_runCombo, &QComboBox::currentIndexChanged, this, &ResultsArea::onRunChosen);
    connect(m_categoryCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_selection->setCategory(m_categoryCombo->currentData().toString());
        refreshCharts();
    });
    // The latest evidence stays until the user picks a run here: the Runs area moves the selection
    // to each run it shows or starts, which would otherwise take the combined view away.
    connect(m_selection, &Selection::runChanged, this, [this](const QString& runId) {
        if (!showsLatestEvidence())
            chooseData(m_runCombo, runId);
    });
    connect(m_selection, &Selection::categoryChanged, this,
            [this](const QString& category) { chooseData(m_categoryCombo, category); });
}

bool ResultsArea::isBusy() const
{
    return m_loader->isLoadingRuns() || m_loader->isLoadingResults() || m_analysing;
}

QString ResultsArea::emptyMessage() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void ResultsArea::showMessage(const QString& message, bool busy)
{
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void ResultsArea::reload()
{
    ++m_analysisGeneration;
    m_analysing = false;
    m_analysis = {};
    m_results.clear();
    m_allRuns.clear();
    m_evidence = {};
    m_evidenceModel->setEvidence(m_document->workspace(), {});
    updateNotice({});
    m_cascades.clear();
    ++m_cascadeGeneration;
    m_loader->dropResults();
    m_filling = true;
    m_runCombo->clear();
    m_categoryCombo->clear();
    m_filling = false;
    if (resultsDatabasePath(m_document).isEmpty()) {
        showMessage(tr("No runs yet: save the workspace, then open Runs and press Run. The accuracy, cost, latency "
                       "and stability of every model appear here."));
        return;
    }
    m_loadFailed = false;
    showMessage(tr("Loading the runs…"), true);
    m_loader->loadRuns(resultsDatabasePath(m_document));
}

void ResultsArea::onRunsLoaded(const QList<RunSummary>& runs)
{
    QList<RunSummary> sorted = runs;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const RunSummary& a, const RunSummary& b) { return a.run.startedAt > b.run.startedAt; });
    const QString wanted = !m_preferredRun.isEmpty()      ? m_preferredRun
        : !m_runCombo->currentData().toString().isEmpty() ? m_runCombo->currentData().toString()
                                                          : EvidenceChoice::latestKey();
    m_preferredRun.clear();
    if (m_loadFailed && runs.isEmpty())
        return; // the error stays on screen, not "no runs yet"
    m_filling = true;
    m_runCombo->clear();
    m_runInfos.clear();
    if (!sorted.isEmpty())
        EvidenceChoice::addLatestItem(m_runCombo);
    for (const RunSummary& summary : std::as_const(sorted)) {
        m_runInfos.insert(summary.run.id, summary.run);
        m_runCombo->addItem(runText(summary), summary.run.id);
        m_runCombo->setItemData(m_runCombo->count() - 1,
                                tr("Run %1: %n result(s)", nullptr, int(summary.resultCount)).arg(summary.run.id),
                                Qt::ToolTipRole);
    }
    m_runCombo->setCurrentIndex(qMax(0, m_runCombo->findData(wanted)));
    m_filling = false;
    m_comparison->setSource(m_document->workspace(), resultsDatabasePath(m_document));
    m_comparison->setRuns(runs);
    if (sorted.isEmpty()) {
        showMessage(tr("No runs yet: open Runs and press Run to benchmark the models on the categories. The accuracy, "
                       "cost, latency and stability of every model appear here."));
        return;
    }
    onRunChosen();
}

void ResultsArea::onRunChosen()
{
    if (m_filling)
        return;
    const QString runId = m_runCombo->currentData().toString();
    if (runId.isEmpty())
        return;
    ++m_analysisGeneration;
    if (runId == EvidenceChoice::latestKey()) {
        showMessage(tr("Loading the latest evidence of every run…"), true);
        m_loader->loadAllResults(resultsDatabasePath(m_document));
        return;
    }
    m_selection->setRun(runId);
    showMessage(tr("Loading the results of run %1…").arg(runId), true);
    m_loader->loadResults(resultsDatabasePath(m_document), runId);
}

bool ResultsArea::showsLatestEvidence() const
{
    return EvidenceChoice::isLatest(m_runCombo);
}

void ResultsArea::onResultsLoaded(const QString& runId, const QList<ResultRecord>& results)
{
    if (results.isEmpty()) {
        showMessage(tr("Run %1 has no results yet: resume it in Runs, or choose another run.").arg(runId));
        return;
    }
    m_allRuns.clear();
    m_loadedRunId = runId;
    m_results = results;
    analyse();
}

void ResultsArea::onAllResultsLoaded(const QList<RunResults>& runs)
{
    m_loadedRunId.clear();
    m_results.clear();
    m_allRuns = runs;
    analyse();
}

void ResultsArea::analyse()
{
    const quint64 generation = ++m_analysisGeneration;
    m_analysing = true;
    const Workspace& workspace = m_document->workspace();
    QFuture<Shown> analysing = showsLatestEvidence()
        ? QtConcurrent::run(analyseLatest, workspace, m_allRuns)
        : QtConcurrent::run(analyseOneRun, workspace, m_runInfos.value(m_loadedRunId), m_results);
    if (m_stack->currentWidget() == m_message)
        showMessage(tr("Analysing the results…"), true);
    whenFinished(this, analysing, [this, generation](const Shown& shown) {
        if (generation != m_analysisGeneration)
            return;
        m_analysing = false;
        m_results = shown.results;
        m_evidence = shown.evidence;
        m_evidenceModel->setEvidence(m_document->workspace(), shown.evidence);
        m_heatmap->setCellNotes(cellNotes(shown.evidence));
        updateNotice(shown.cacheWarning);
        if (showsLatestEvidence()) {
            m_runCombo->setItemData(m_runCombo->currentIndex(), EvidenceText::sources(shown.evidence), Qt::ToolTipRole);
            if (shown.results.isEmpty()) {
                showMessage(tr("No run has current evidence for the workspace's categories: every cell changed "
                               "since its run. Run them again in Runs, or choose one run above."));
                return;
            }
        }
        onAnalysed(shown.analysis);
    });
}

// What makes the evidence shown a weaker guide: answers mostly from the cache, cells left out as stale.
void ResultsArea::updateNotice(const QString& cacheWarning)
{
    QStringList parts;
    if (!cacheWarning.isEmpty())
        parts.append(
            tr("%1: a model that changed since would not show; run with the cache off to check.").arg(cacheWarning));
    if (showsLatestEvidence())
        parts.append(EvidenceText::stale(m_evidence));
    parts.removeAll(QString());
    m_notice->setText(parts.join(u' '));
}

QString ResultsArea::noticeText() const
{
    return m_notice->text();
}

void ResultsArea::onAnalysed(const RunAnalysis& analysis)
{
    m_analysis = analysis;
    m_cascades.clear();
    fillCategories();
    refreshCharts();
    simulateCascades();
    m_stack->setCurrentWidget(m_tabs);
    unsetCursor();
    Q_EMIT analysisReady(analysis.runId);
}

void ResultsArea::fillCategories()
{
    const QString wanted = m_selection->category();
    m_filling = true;
    m_categoryCombo->clear();
    for (const QString& category : std::as_const(m_analysis.categories)) {
        if (!m_analysis.cellsOfCategory(category).isEmpty())
            m_categoryCombo->addItem(category, category);
    }
    m_categoryCombo->setCurrentIndex(qMax(0, m_categoryCombo->findData(wanted)));
    m_filling = false;
}

void ResultsArea::simulateCascades()
{
    const quint64 generation = ++m_cascadeGeneration;
    if (m_results.isEmpty())
        return;
    QFuture<QList<CascadeCell>> simulating = QtConcurrent::run(routeCascades, m_document->workspace(), m_results);
    whenFinished(this, simulating, [this, generation](const QList<CascadeCell>& cascades) {
        if (generation != m_cascadeGeneration || cascades == m_cascades)
            return;
        m_cascades = cascades;
        refreshCharts();
    });
}
