// SPDX-License-Identifier: GPL-3.0-or-later
// How the Routing area offers the runs and shows what its RoutingAnalyser made of the one chosen.
#include "common/noticebanner.h"
#include "document/resultsdatabase.h"
#include "document/selection.h"
#include "document/workspacedocument.h"
#include "latestevidence/evidencechoice.h"
#include "rolloutpanel.h"
#include "routeeditor.h"
#include "routinganalyser.h"
#include "routingarea.h"
#include "routingtablemodel.h"
#include "runner/runcontroller.h"
#include "savingspanel.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>

namespace {
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
    connect(m_analyser, &RoutingAnalyser::runsLoaded, this, &RoutingArea::onRunsLoaded);
    connect(m_analyser, &RoutingAnalyser::analysed, this, &RoutingArea::onAnalysed);
    connect(m_analyser, &RoutingAnalyser::cascadesSimulated, this, [this](const QList<CascadeCell>& cascades) {
        if (cascades != m_model->cascades())
            setCascades(cascades);
    });
    // The busy cursor goes with the analysis, so that a superseded analysis or a failed load cannot leave it on.
    connect(m_analyser, &RoutingAnalyser::analysingChanged, this,
            [this](bool analysing) { analysing ? setCursor(Qt::BusyCursor) : unsetCursor(); });
    connect(m_analyser, &RoutingAnalyser::failed, this, [this](const QString& message) {
        m_notice->setKind(NoticeBanner::Kind::Warning);
        m_notice->setText(tr("The results database could not be read: %1").arg(message));
    });
    connect(m_document, &WorkspaceDocument::workspaceReset, this, &RoutingArea::reload);
    connect(m_document, &WorkspaceDocument::filePathChanged, this, &RoutingArea::reload);
    connect(m_document, &WorkspaceDocument::routingChanged, this, [this] {
        updateNotice();
        showSuggestion();
        m_analyser->simulateCascades();
    });
    // A category's bar or target decides its suggestion, a model's price whether pricing changed a
    // winner: analyse again. Across runs, a change to a category's cases, prompt or scorers also
    // makes its cells stale.
    connect(m_document, &WorkspaceDocument::itemChanged, this, [this](const ItemPath& path) {
        const bool staleness = showsLatestEvidence() && path.list == ItemPath::List::Cases;
        const bool decides = path.list == ItemPath::List::Categories || path.list == ItemPath::List::Models;
        if ((decides || staleness) && m_analyser->hasEvidence())
            m_analyser->analyse();
    });
    connect(m_document, &WorkspaceDocument::itemInserted, this, &RoutingArea::updateNotice);
    connect(m_document, &WorkspaceDocument::itemRemoved, this, &RoutingArea::updateNotice);
    // A run that finishes joins the latest evidence when that is shown (or nothing was); else it is
    // shown alone.
    connect(m_runs, &RunController::finished, this, [this](const RunInfo& run) {
        m_analyser->preferRun(showsLatestEvidence() || m_runCombo->count() == 0 ? EvidenceChoice::latestKey() : run.id);
        m_analyser->loadRuns();
    });
    connect(m_runCombo, &QComboBox::currentIndexChanged, this, &RoutingArea::onRunChosen);
    connect(m_applyAll, &QPushButton::clicked, this, &RoutingArea::applyAllSuggestions);
    connect(m_editor, &RouteEditor::applySuggestionRequested, this, &RoutingArea::applySuggestion);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RoutingArea::onCurrentRowChanged);
    connect(m_selection, &Selection::categoryChanged, this, &RoutingArea::followCategory);
}

bool RoutingArea::isBusy() const
{
    return m_analyser->isBusy();
}

void RoutingArea::reload()
{
    m_analyser->clear();
    m_evidence = {};
    m_analysis = {};
    m_suggestions.clear();
    m_defaultSuggestion.clear();
    m_latestRunId.clear();
    m_noRuns = true;
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
        m_analyser->loadRuns();
}

void RoutingArea::onRunsLoaded(const QList<RunSummary>& sorted)
{
    const QString wanted = m_analyser->takeWantedRun(m_runCombo->currentData().toString());
    m_latestRunId = sorted.isEmpty() ? QString() : sorted.first().run.id;
    m_noRuns = sorted.isEmpty();
    m_filling = true;
    m_runCombo->clear();
    if (!sorted.isEmpty())
        EvidenceChoice::addLatestItem(m_runCombo);
    for (const RunSummary& summary : std::as_const(sorted)) {
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
    m_analyser->choose(runId);
}

bool RoutingArea::showsLatestEvidence() const
{
    return EvidenceChoice::isLatest(m_runCombo);
}

void RoutingArea::onAnalysed(const RouteAnalysis& analysed)
{
    m_analysis = analysed.analysis;
    m_suggestions = analysed.suggestions;
    m_defaultSuggestion = analysed.defaultChain;
    m_model->setAnalysis(m_analysis, m_latestRunId, m_suggestions);
    if (analysed.cascadesCurrent)
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
}

void RoutingArea::setCascades(const QList<CascadeCell>& cascades)
{
    m_model->setCascades(cascades);
    m_savings->setCascades(cascades);
}
