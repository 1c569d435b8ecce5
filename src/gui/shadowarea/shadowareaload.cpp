// SPDX-License-Identifier: GPL-3.0-or-later
// How the Shadow compare area lists its runs and compares off the GUI thread (its choices: shadowareachoices.cpp).
#include "common/background.h"
#include "common/emptystate.h"
#include "common/formfields.h"
#include "common/noticebanner.h"
#include "common/runsloader.h"
#include "common/whenfinished.h"
#include "document/resultsdatabase.h"
#include "document/selection.h"
#include "document/workspacedocument.h"
#include "results/resultsstore.h"
#include "runner/runcontroller.h"
#include "shadow/shadowrun.h"
#include "shadowarea.h"
#include "shadowcasemodel.h"
#include "shadowsummarypanel.h"
#include "shadowview.h"

#include <QComboBox>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>

namespace {
struct ShadowLoad {
    ShadowComparison comparison;
    QString error;
};

// On a pool thread: the run's answers in the category and the saved verdicts, paired and diffed.
ShadowLoad loadComparison(const QString& databasePath, const Workspace& workspace, const RunInfo& run,
                          const QString& category, const QString& baseline, const QStringList& candidates)
{
    ResultsStore store;
    if (!store.open(databasePath))
        return { {}, store.errorString() };
    const std::optional<QList<ResultRecord>> results = store.results(run.id, category);
    if (!results)
        return { {}, store.errorString() };
    const std::optional<QList<ShadowVerdict>> verdicts = store.verdicts(baseline);
    if (!verdicts)
        return { {}, store.errorString() };
    return { compareShadow(workspace, *results, category, baseline, candidates, *verdicts, shadowOptionsFor(run)), {} };
}

QString runText(const RunInfo& run)
{
    QString text = ShadowArea::tr("%1 · %n model(s)", nullptr, int(run.modelIds.size()))
                       .arg(QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat));
    if (shadowRunSpec(run))
        text += ShadowArea::tr(" · your prompts");
    if (run.simulated)
        text += ShadowArea::tr(" · simulated");
    return text;
}

QString noTwoModels()
{
    return ShadowArea::tr("No run with two models on this category: run at least two models in Runs, or start a "
                          "shadow run on your own prompts.");
}
} // namespace

void ShadowArea::connectSignals()
{
    connect(m_loader, &RunsLoader::runsLoaded, this, &ShadowArea::onRunsLoaded);
    connect(m_loader, &RunsLoader::failed, this, [this](const QString& message) {
        showEmpty(tr("The results database could not be read: %1").arg(message), false);
    });
    connect(m_document, &WorkspaceDocument::workspaceReset, this, &ShadowArea::reload);
    connect(m_document, &WorkspaceDocument::filePathChanged, this, &ShadowArea::reload);
    connect(m_document, &WorkspaceDocument::routingChanged, this, &ShadowArea::onRoutingChanged);
    connect(m_document, &WorkspaceDocument::trafficChanged, this, &ShadowArea::onTrafficChanged);
    connect(m_document, &WorkspaceDocument::itemChanged, this, [this](const ItemPath& path) {
        if (path.list == ItemPath::List::Categories || path.list == ItemPath::List::Models)
            onTrafficChanged(); // a category's share of the traffic, a model's name
    });
    connect(m_runs, &RunController::finished, this, [this](const RunInfo& run) {
        m_preferredRun = run.id;
        m_loader->loadRuns(resultsDatabasePath(m_document));
    });
    connect(m_runCombo, &QComboBox::currentIndexChanged, this, &ShadowArea::onRunChosen);
    connect(m_categoryCombo, &QComboBox::currentIndexChanged, this, &ShadowArea::onCategoryChosen);
    connect(m_baselineCombo, &QComboBox::currentIndexChanged, this, &ShadowArea::onBaselineChosen);
    connect(m_selection, &Selection::runChanged, this, [this](const QString& runId) { chooseData(m_runCombo, runId); });
    connect(m_selection, &Selection::categoryChanged, this,
            [this](const QString& category) { chooseData(m_categoryCombo, category); });
    connect(m_empty, &EmptyState::actionTriggered, this, &ShadowArea::openShadowRunDialog);
    connect(m_summary, &ShadowSummaryPanel::promoteRequested, this, &ShadowArea::promote);
    connect(m_summary, &ShadowSummaryPanel::rolloutRequested, this, &ShadowArea::rollOut);
    connect(m_view, &ShadowView::verdictChanged, this, &ShadowArea::onVerdictChanged);
    connect(m_view, &ShadowView::focusCandidateChanged, this, [this](int index) {
        if (m_comparison)
            m_selection->setModel(m_comparison->candidateModelIds.value(index));
    });
}

bool ShadowArea::isBusy() const
{
    return m_loader->isLoadingRuns() || m_comparing || m_savesPending > 0;
}

QString ShadowArea::emptyMessage() const
{
    return m_stack->currentWidget() == m_empty ? m_empty->text() : QString();
}

QString ShadowArea::noticeText() const
{
    return m_notice->text();
}

void ShadowArea::showEmpty(const QString& message, bool offerShadowRun, bool busy)
{
    m_empty->setText(message);
    m_empty->setActionText(offerShadowRun ? tr("Shadow Run on Your Prompts…") : QString());
    m_stack->setCurrentWidget(m_empty);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

const RunInfo* ShadowArea::chosenRun() const
{
    const QString id = m_runCombo->currentData().toString();
    for (const RunInfo& run : m_eligibleRuns) {
        if (run.id == id)
            return &run;
    }
    return nullptr;
}

void ShadowArea::reload()
{
    ++m_generation;
    m_comparing = false;
    m_comparison.reset();
    m_eligibleRuns.clear();
    m_notice->setText({});
    m_filling = true;
    m_runCombo->clear();
    m_categoryCombo->clear();
    m_baselineCombo->clear();
    m_filling = false;
    fillCandidateMenu({});
    m_shadowRunButton->setEnabled(!resultsDatabasePath(m_document).isEmpty());
    if (resultsDatabasePath(m_document).isEmpty()) {
        showEmpty(tr("No runs yet: save the workspace, then run at least two models in Runs. Their answers appear "
                     "here side by side, disagreements first."),
                  false);
        return;
    }
    showEmpty(tr("Loading the runs…"), false, true);
    m_loader->loadRuns(resultsDatabasePath(m_document));
}

void ShadowArea::onRunsLoaded(const QList<RunSummary>& runs)
{
    m_eligibleRuns.clear();
    for (const RunSummary& summary : runs) {
        if (summary.run.modelIds.size() >= 2 && summary.resultCount > 0)
            m_eligibleRuns.append(summary.run);
    }
    std::stable_sort(m_eligibleRuns.begin(), m_eligibleRuns.end(),
                     [](const RunInfo& a, const RunInfo& b) { return a.startedAt > b.startedAt; });
    const QString wanted = !m_preferredRun.isEmpty() ? m_preferredRun
        : !m_selection->run().isEmpty()              ? m_selection->run()
                                                     : m_runCombo->currentData().toString();
    m_preferredRun.clear();
    m_filling = true;
    m_runCombo->clear();
    for (const RunInfo& run : std::as_const(m_eligibleRuns))
        m_runCombo->addItem(runText(run), run.id);
    m_runCombo->setCurrentIndex(qMax(0, m_runCombo->findData(wanted)));
    m_filling = false;
    if (m_eligibleRuns.isEmpty()) {
        showEmpty(noTwoModels(), true);
        return;
    }
    onRunChosen();
}

void ShadowArea::compare()
{
    const RunInfo* run = chosenRun();
    const QString category = m_categoryCombo->currentData().toString();
    const QString baseline = m_baselineCombo->currentData().toString();
    const QStringList chosen = candidates();
    if (m_filling || !run || category.isEmpty() || baseline.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    if (chosen.isEmpty()) {
        showEmpty(noTwoModels(), true);
        return;
    }
    m_comparing = true;
    showEmpty(tr("Comparing the answers of %1…").arg(shadowModelLabel(m_document->workspace(), baseline)), false, true);
    QFuture<ShadowLoad> loading = Background::run(loadComparison, resultsDatabasePath(m_document),
                                                  m_document->workspace(), *run, category, baseline, chosen);
    whenFinished(this, loading, [this, generation](const ShadowLoad& load) {
        if (generation != m_generation)
            return;
        m_comparing = false;
        if (!load.error.isEmpty()) {
            showEmpty(tr("The results database could not be read: %1").arg(load.error), false);
            return;
        }
        onCompared(load.comparison);
    });
}

void ShadowArea::onCompared(const ShadowComparison& comparison)
{
    unsetCursor();
    if (comparison.cases.isEmpty()) {
        m_comparison.reset();
        showEmpty(tr("Run %1 has no answers of these models on %2: choose another category or run, or start a "
                     "shadow run on your own prompts.")
                      .arg(comparison.runId, comparison.category),
                  true);
        return;
    }
    m_comparison = std::make_shared<ShadowComparison>(comparison);
    const Workspace& workspace = m_document->workspace();
    reprojectShadowSavings(*m_comparison, workspace); // the traffic may have changed while comparing
    m_summary->setComparison(workspace, *m_comparison);
    m_view->setComparison(workspace, m_comparison);
    const int focus = int(m_comparison->candidateModelIds.indexOf(m_selection->model()));
    if (focus >= 0)
        m_view->setFocusCandidate(focus);
    m_stack->setCurrentIndex(1);
    Q_EMIT comparisonReady(comparison.runId);
}

void ShadowArea::onVerdictChanged(int caseIndex, int candidateIndex)
{
    m_summary->refresh(m_document->workspace(), *m_comparison, candidateIndex);
    const ShadowCandidateAnswer& answer = m_comparison->cases.at(caseIndex).candidates.at(candidateIndex);
    if (answer.verdict) {
        saveVerdict(*answer.verdict, false);
        return;
    }
    ShadowVerdict key;
    key.category = m_comparison->category;
    key.caseId = m_comparison->cases.at(caseIndex).caseId;
    key.baselineModelId = m_comparison->baselineModelId;
    key.candidateModelId = m_comparison->candidateModelIds.at(candidateIndex);
    saveVerdict(key, true);
}

// One row in a WAL database: quick, but still off the GUI thread, so that a busy disk never stutters.
void ShadowArea::saveVerdict(const ShadowVerdict& verdict, bool remove)
{
    ++m_savesPending;
    const QString path = resultsDatabasePath(m_document);
    QFuture<QString> saving = Background::runIn(m_savePool.get(), [path, verdict, remove] {
        ResultsStore store;
        const bool ok = store.open(path)
            && (remove ? store.removeVerdict(verdict.category, verdict.caseId, verdict.baselineModelId,
                                             verdict.candidateModelId)
                       : store.setVerdict(verdict));
        return ok ? QString() : store.errorString();
    });
    whenFinished(this, saving, [this](const QString& error) {
        --m_savesPending;
        if (!error.isEmpty()) {
            m_notice->setKind(NoticeBanner::Kind::Warning);
            m_notice->setText(tr("Your verdict could not be saved: %1").arg(error));
        }
    });
}
