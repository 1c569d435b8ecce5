// SPDX-License-Identifier: GPL-3.0-or-later
// How the Results area offers the runs and shows what its ResultsAnalyser made of the one chosen.
#include "charts/accuracyheatmap.h"
#include "common/costformat.h"
#include "common/formfields.h"
#include "common/noticebanner.h"
#include "document/resultsdatabase.h"
#include "document/selection.h"
#include "document/workspacedocument.h"
#include "latestevidence/evidencecellsmodel.h"
#include "latestevidence/evidencechoice.h"
#include "resultsanalyser.h"
#include "resultsarea.h"
#include "runcompare/runcomparisonview.h"
#include "runner/runcontroller.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>

namespace {
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
    connect(m_analyser, &ResultsAnalyser::runsLoaded, this, &ResultsArea::onRunsLoaded);
    connect(m_analyser, &ResultsAnalyser::analysed, this, &ResultsArea::onAnalysed);
    connect(m_analyser, &ResultsAnalyser::runWithoutResults, this, [this](const QString& runId) {
        showMessage(tr("Run %1 has no results yet: resume it in Runs, or choose another run.").arg(runId));
    });
    connect(m_analyser, &ResultsAnalyser::analysingChanged, this, [this](bool analysing) {
        if (analysing && m_stack->currentWidget() == m_message)
            showMessage(tr("Analysing the results…"), true);
    });
    connect(m_analyser, &ResultsAnalyser::cascadesSimulated, this, [this](const QList<CascadeCell>& cascades) {
        if (cascades == m_cascades)
            return;
        m_cascades = cascades;
        refreshCharts();
    });
    connect(m_analyser, &ResultsAnalyser::failed, this, [this](const QString& message) {
        m_loadFailed = true;
        showMessage(tr("The results database could not be read: %1").arg(message));
    });
    connect(m_document, &WorkspaceDocument::workspaceReset, this, &ResultsArea::reload);
    connect(m_document, &WorkspaceDocument::filePathChanged, this, &ResultsArea::reload);
    // Bars, routes and model names come from the workspace: the charts follow its edits. Across
    // runs, a changed category's cells turn stale: analyse again.
    connect(m_document, &WorkspaceDocument::routingChanged, this, &ResultsArea::refreshCharts);
    connect(m_document, &WorkspaceDocument::routingChanged, m_analyser, &ResultsAnalyser::simulateCascades);
    connect(m_document, &WorkspaceDocument::itemChanged, this, [this](const ItemPath& path) {
        const bool decidesCells = path.list == ItemPath::List::Categories || path.list == ItemPath::List::Cases;
        if (showsLatestEvidence() && decidesCells && m_analyser->hasEvidence())
            m_analyser->analyse();
        else
            refreshCharts();
    });
    // A run that finishes joins the latest evidence when that is shown (or nothing was); else it is
    // shown alone.
    connect(m_runs, &RunController::finished, this, [this](const RunInfo& run) {
        m_analyser->preferRun(showsLatestEvidence() || m_runCombo->count() == 0 ? EvidenceChoice::latestKey() : run.id);
        m_loadFailed = false;
        m_analyser->loadRuns();
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
    return m_analyser->isBusy();
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
    m_analyser->clear();
    m_analysis = {};
    m_results.clear();
    m_evidence = {};
    m_evidenceModel->setEvidence(m_document->workspace(), {});
    updateNotice({});
    m_cascades.clear();
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
    m_analyser->loadRuns();
}

void ResultsArea::onRunsLoaded(const QList<RunSummary>& sorted)
{
    const QString wanted = m_analyser->takeWantedRun(m_runCombo->currentData().toString());
    if (m_loadFailed && sorted.isEmpty())
        return; // the error stays on screen, not "no runs yet"
    m_filling = true;
    m_runCombo->clear();
    if (!sorted.isEmpty())
        EvidenceChoice::addLatestItem(m_runCombo);
    for (const RunSummary& summary : std::as_const(sorted)) {
        m_runCombo->addItem(runText(summary), summary.run.id);
        m_runCombo->setItemData(m_runCombo->count() - 1,
                                tr("Run %1: %n result(s)", nullptr, int(summary.resultCount)).arg(summary.run.id),
                                Qt::ToolTipRole);
    }
    m_runCombo->setCurrentIndex(qMax(0, m_runCombo->findData(wanted)));
    m_filling = false;
    m_comparison->setSource(m_document->workspace(), resultsDatabasePath(m_document));
    m_comparison->setRuns(sorted);
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
    if (runId == EvidenceChoice::latestKey()) {
        showMessage(tr("Loading the latest evidence of every run…"), true);
    } else {
        m_selection->setRun(runId);
        showMessage(tr("Loading the results of run %1…").arg(runId), true);
    }
    m_analyser->choose(runId);
}

bool ResultsArea::showsLatestEvidence() const
{
    return EvidenceChoice::isLatest(m_runCombo);
}

void ResultsArea::onAnalysed(const ShownEvidence& shown)
{
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
    showAnalysis(shown.analysis);
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

void ResultsArea::showAnalysis(const RunAnalysis& analysis)
{
    m_analysis = analysis;
    m_cascades.clear();
    fillCategories();
    refreshCharts();
    m_analyser->simulateCascades();
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
