// SPDX-License-Identifier: GPL-3.0-or-later
// How the Results area finds its run, loads it and analyses it, off the GUI thread.
#include "common/costformat.h"
#include "common/formfields.h"
#include "common/runsloader.h"
#include "common/whenfinished.h"
#include "document/resultsdatabase.h"
#include "document/selection.h"
#include "document/workspacedocument.h"
#include "resultsarea.h"
#include "runcompare/runcomparisonview.h"
#include "runner/runcontroller.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QtConcurrent>

namespace {
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
    connect(m_loader, &RunsLoader::failed, this, [this](const QString& message) {
        m_loadFailed = true;
        showMessage(tr("The results database could not be read: %1").arg(message));
    });
    connect(m_document, &WorkspaceDocument::workspaceReset, this, &ResultsArea::reload);
    connect(m_document, &WorkspaceDocument::filePathChanged, this, &ResultsArea::reload);
    // Bars, routes and model names come from the workspace: the charts follow its edits.
    connect(m_document, &WorkspaceDocument::routingChanged, this, &ResultsArea::refreshCharts);
    connect(m_document, &WorkspaceDocument::routingChanged, this, &ResultsArea::simulateCascades);
    connect(m_document, &WorkspaceDocument::itemChanged, this, &ResultsArea::refreshCharts);
    connect(m_runs, &RunController::finished, this, [this](const RunInfo& run) {
        m_preferredRun = run.id;
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
    connect(m_selection, &Selection::runChanged, this, [this](const QString& runId) { chooseData(m_runCombo, runId); });
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
    const QString wanted = !m_preferredRun.isEmpty() ? m_preferredRun
        : !m_selection->run().isEmpty()              ? m_selection->run()
                                                     : m_runCombo->currentData().toString();
    m_preferredRun.clear();
    if (m_loadFailed && runs.isEmpty())
        return; // the error stays on screen, not "no runs yet"
    m_filling = true;
    m_runCombo->clear();
    for (const RunSummary& summary : std::as_const(sorted)) {
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
    m_selection->setRun(runId);
    ++m_analysisGeneration;
    showMessage(tr("Loading the results of run %1…").arg(runId), true);
    m_loader->loadResults(resultsDatabasePath(m_document), runId);
}

void ResultsArea::onResultsLoaded(const QString& runId, const QList<ResultRecord>& results)
{
    if (results.isEmpty()) {
        showMessage(tr("Run %1 has no results yet: resume it in Runs, or choose another run.").arg(runId));
        return;
    }
    m_results = results;
    const quint64 generation = ++m_analysisGeneration;
    m_analysing = true;
    showMessage(tr("Analysing %n result(s)…", nullptr, int(results.size())), true);
    QFuture<RunAnalysis> analysing = QtConcurrent::run(analyseRun, m_document->workspace(), results);
    whenFinished(this, analysing, [this, generation](const RunAnalysis& analysis) {
        if (generation != m_analysisGeneration)
            return;
        m_analysing = false;
        onAnalysed(analysis);
    });
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
