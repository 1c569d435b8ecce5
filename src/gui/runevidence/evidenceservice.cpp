// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidenceservice.h"

#include "common/background.h"
#include "common/runsloader.h"
#include "document/resultsdatabase.h"
#include "document/workspacedocument.h"
#include "latestevidence/evidencechoice.h"
#include "statistics/runanalysis.h"

EvidenceService::EvidenceService(const WorkspaceDocument* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_loader(new RunsLoader(this))
{
    registerStatisticsMetaTypes();
    connect(m_loader, &RunsLoader::runsLoaded, this, &EvidenceService::onRunsLoaded);
    connect(m_loader, &RunsLoader::resultsLoaded, this, &EvidenceService::onResultsLoaded);
    connect(m_loader, &RunsLoader::allResultsLoaded, this, &EvidenceService::onAllResultsLoaded);
    connect(m_loader, &RunsLoader::failed, this, &EvidenceService::onFailed);
}

// The analyses and simulations still running work on copies; their watchers die with this object.
EvidenceService::~EvidenceService() = default;

void EvidenceService::loadRuns()
{
    m_loader->loadRuns(resultsDatabasePath(m_document));
}

QString EvidenceService::takeWantedRun(const QString& shown)
{
    QString wanted = !m_preferredRun.isEmpty() ? m_preferredRun
        : !shown.isEmpty()                     ? shown
                                               : EvidenceChoice::latestKey();
    m_preferredRun.clear();
    return wanted;
}

void EvidenceService::choose(const QString& runId)
{
    ++m_generation;
    setAnalysing(false);
    if (runId == EvidenceChoice::latestKey())
        m_loader->loadAllResults(resultsDatabasePath(m_document));
    else
        m_loader->loadResults(resultsDatabasePath(m_document), runId);
}

void EvidenceService::analyse()
{
    const quint64 generation = ++m_generation;
    setAnalysing(true);
    startAnalysis(m_document->workspace(), generation);
}

void EvidenceService::simulateCascades()
{
    const quint64 generation = ++m_cascadeGeneration;
    if (m_shownResults.isEmpty())
        return;
    QFuture<QList<CascadeCell>> simulating = Background::run(routeCascades, m_document->workspace(), m_shownResults);
    whenFinished(this, simulating, [this, generation](const QList<CascadeCell>& cascades) {
        if (generation == m_cascadeGeneration)
            Q_EMIT cascadesSimulated(cascades);
    });
}

void EvidenceService::clear()
{
    ++m_generation;
    ++m_cascadeGeneration;
    setAnalysing(false);
    m_loader->dropResults();
    m_runId.clear();
    m_results.clear();
    m_runs.clear();
    m_shownResults.clear();
    m_latest = false;
}

bool EvidenceService::isBusy() const
{
    return m_loader->isLoadingRuns() || m_loader->isLoadingResults() || m_analysing;
}

void EvidenceService::setAnalysing(bool analysing)
{
    if (analysing == m_analysing)
        return;
    m_analysing = analysing;
    Q_EMIT analysingChanged(analysing);
}

void EvidenceService::onRunsLoaded(const QList<RunSummary>& runs)
{
    QList<RunSummary> sorted = runs;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const RunSummary& a, const RunSummary& b) { return a.run.startedAt > b.run.startedAt; });
    m_runInfos.clear();
    for (const RunSummary& summary : std::as_const(sorted))
        m_runInfos.insert(summary.run.id, summary.run);
    Q_EMIT runsLoaded(sorted);
}

void EvidenceService::onResultsLoaded(const QString& runId, const QList<ResultRecord>& results)
{
    m_latest = false;
    m_runId = runId;
    m_results = results;
    m_runs.clear();
    m_shownResults = results;
    analyse();
}

void EvidenceService::onAllResultsLoaded(const QList<RunResults>& runs)
{
    m_latest = true;
    m_runId.clear();
    m_results.clear();
    m_runs = runs;
    analyse();
}

// What was under way can no longer be shown as the answer to the last choice.
void EvidenceService::onFailed(const QString& message)
{
    ++m_generation;
    setAnalysing(false);
    Q_EMIT failed(message);
}
