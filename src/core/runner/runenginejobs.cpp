// SPDX-License-Identifier: GPL-3.0-or-later
// RunEngine, the jobs: which are still to do, and the lanes that take them one at a time as they
// have room, so that the run never holds more of them than it has in flight.
#include "runengine.h"

#include "jobsource.h"
#include "batch/batchlane.h"
#include "providerlane.h"

#include <algorithm>
#include <QSet>
#include <QTimer>

// A source per provider of the jobs still to do: all of them, or a resumed run's missing ones.
bool RunEngine::planJobs()
{
    const Workspace& workspace = m_request.workspace;
    const JobSource all(workspace, m_request.plan);
    m_progress = {};
    m_progress.runId = m_run.id;
    m_progress.total = int(all.count());
    JobSource::Skip skip;
    if (!m_request.resumeRunId.isEmpty()) {
        const auto redo = m_request.retryFailed ? ResultsStore::Redo::MissingAndFailed : ResultsStore::Redo::Missing;
        std::optional<QSet<JobKey>> done = m_store.doneJobs(m_run.id, redo);
        if (!done || !countResumedResults()) {
            fail(m_store.errorString());
            return false;
        }
        skip = [done = std::make_shared<const QSet<JobKey>>(std::move(*done))](const JobKey& key) {
            return done->contains(key);
        };
    }
    for (const QString& provider : all.providerNames()) {
        auto source = std::make_shared<JobSource>(workspace, m_request.plan, provider);
        source->setSkip(skip);
        if (source->remaining() > 0)
            m_sources.insert(provider, source);
    }
    return true;
}

// A resumed run's progress starts from what it has stored, counted by the database.
bool RunEngine::countResumedResults()
{
    const std::optional<ResultsStore::Tally> tally = m_store.tally(m_run.id);
    const std::optional<double> storedCost = m_store.storedResultsCost(m_run.id);
    if (!tally || !storedCost)
        return false;
    // Failed jobs run again count as not done: their new results replace the errors.
    m_progress.done = int(tally->results - (m_request.retryFailed ? tally->errors : 0));
    m_progress.errors = m_request.retryFailed ? 0 : int(tally->errors);
    m_progress.passed = int(tally->passed);
    // What was saved as spent, or at least what the stored results cost: a database from before
    // spending was saved as it grew holds 0 for a run that was killed.
    m_progress.spentUsd = std::max(m_run.spentUsd, *storedCost);
    m_run.spentUsd = m_progress.spentUsd;
    m_doneAtStart = m_progress.done;
    return true;
}

void RunEngine::launch()
{
    m_flushTimer->start();
    m_launched = true;
    // A resumed run that had already spent its budget sends nothing more.
    checkBudget();
    const auto sources = std::exchange(m_sources, {});
    for (auto it = sources.cbegin(); it != sources.cend() && !m_stopping && !m_finished; ++it) {
        if (!sendsInBatch(it.key()))
            laneFor(it.key())->setFeed(feedFrom(it.value()));
        else if (BatchLane* batches = batchLaneFor(it.key()))
            fillBatches(batches, it.value());
        else
            return; // the run has failed, and said why
    }
    submitBatches();
    checkFinished();
}

// A batch is written whole before it is sent, so its provider's jobs are taken at once.
void RunEngine::fillBatches(BatchLane* batches, const std::shared_ptr<JobSource>& source)
{
    const bool readCache = m_request.plan.usesCache() && m_cacheMaxAgeDays > 0;
    while (std::optional<RunJob> job = source->next()) {
        if (m_finished)
            return;
        if (!readCache || !answerFromCache(*job))
            batches->enqueue(*job);
    }
}

// The lane asks for a job when it has room for one; answers the cache holds are given on the way.
JobFeed RunEngine::feedFrom(const std::shared_ptr<JobSource>& source)
{
    const bool readCache = m_request.plan.usesCache() && m_cacheMaxAgeDays > 0;
    const auto next = [this, source, readCache]() -> std::optional<RunJob> {
        while (!m_finished && !m_stopping) {
            std::optional<RunJob> job = source->next();
            if (!job || !readCache || !answerFromCache(*job))
                return job;
        }
        return std::nullopt;
    };
    return { next, [source] { return source->remaining(); } };
}

ProviderLane* RunEngine::laneFor(const QString& providerName)
{
    if (ProviderLane* lane = m_lanes.value(providerName))
        return lane;
    Provider provider = *m_request.workspace.provider(providerName);
    if (m_request.plan.simulated) {
        // The sandbox has no quota to respect: its rate limit would only slow the demonstration.
        provider.baseUrl = m_request.sandboxBaseUrls.value(provider.kind);
        provider.requestsPerMinute = 0;
    }
    const int concurrency = m_request.plan.settings.concurrency > 0 ? m_request.plan.settings.concurrency
                                                                     : provider.concurrency;
    auto* lane = new ProviderLane(provider, m_apiKeys.value(providerName), concurrency, this);
    connect(lane, &ProviderLane::jobFinished, this,
            [this](const RunJob& job, const CompletionResult& result) { onJobFinished(job, result); });
    // Queued: the feed runs dry inside the lane's own pump, which must not end the run under it.
    connect(lane, &ProviderLane::feedExhausted, this, &RunEngine::checkFinished, Qt::QueuedConnection);
    m_lanes.insert(providerName, lane);
    return lane;
}
