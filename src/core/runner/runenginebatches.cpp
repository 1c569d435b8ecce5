// SPDX-License-Identifier: GPL-3.0-or-later
// RunEngine, the jobs that go through the providers' batch APIs (see BatchLane): which providers,
// the lanes and their store, cancelling, closing without cancelling, and their progress.
#include "runengine.h"

#include "jobsource.h"
#include "providerlane.h"

#include "batch/batchlane.h"
#include "batch/batchstore.h"

#include <QTimer>

namespace {
// Cancelling waits this long for the providers to confirm, then stops anyway.
constexpr int cancelWaitMs = 15'000;
}

bool RunEngine::sendsInBatch(const QString& providerName) const
{
    const Provider* provider = m_request.workspace.provider(providerName);
    return m_request.plan.settings.batch && provider && supportsBatches(*provider, m_request.plan.simulated);
}

BatchLane* RunEngine::batchLaneFor(const QString& providerName, const std::shared_ptr<JobSource>& source)
{
    if (BatchLane* lane = m_batchLanes.value(providerName))
        return lane;
    if (!m_batchStore) {
        m_batchStore = std::make_unique<BatchStore>();
        if (!m_batchStore->open(m_request.databasePath)) {
            fail(m_batchStore->errorString());
            return nullptr;
        }
    }
    Provider provider = *m_request.workspace.provider(providerName);
    if (m_request.plan.simulated)
        provider.baseUrl = m_request.sandboxBaseUrls.value(provider.kind);
    const auto makeJob = [source](const JobKey& key, qsizetype caseIndex) { return source->job(key, caseIndex); };
    auto* lane = new BatchLane(provider, m_apiKeys.value(providerName), m_run.id, m_batchStore.get(),
                               m_request.batchPolicy, makeJob, this);
    if (!lane->restore()) {
        const QString error = lane->errorString();
        delete lane;
        fail(error);
        return nullptr;
    }
    connect(lane, &BatchLane::jobFinished, this,
            [this](const RunJob& job, const CompletionResult& result) { onJobFinished(job, result, true); });
    // Queued: the lane is mid-way through its own work when its store fails.
    connect(lane, &BatchLane::storeFailed, this, &RunEngine::fail, Qt::QueuedConnection);
    connect(lane, &BatchLane::cancelled, this, &RunEngine::onBatchesCancelled);
    connect(lane, &BatchLane::aboutToMarkCollected, this, &RunEngine::saveResults, Qt::DirectConnection);
    // Queued: the lane is mid-way through its own work when it closes a batch.
    connect(lane, &BatchLane::collected, this, &RunEngine::checkFinished, Qt::QueuedConnection);
    m_batchLanes.insert(providerName, lane);
    return lane;
}

void RunEngine::submitBatches()
{
    for (BatchLane* lane : std::as_const(m_batchLanes))
        lane->submitQueued();
}

bool RunEngine::batchesIdle() const
{
    for (const BatchLane* lane : std::as_const(m_batchLanes)) {
        if (!lane->isIdle())
            return false;
    }
    return true;
}

void RunEngine::cancelBatches()
{
    if (m_batchCancelsAwaited > 0)
        return;
    m_batchCancelsAwaited = int(m_batchLanes.size());
    for (BatchLane* lane : std::as_const(m_batchLanes))
        lane->cancelAll();
    QTimer::singleShot(cancelWaitMs, this, [this] {
        if (m_batchCancelsAwaited > 0) {
            m_batchCancelsAwaited = 0;
            finish(RunStatus::Cancelled);
        }
    });
}

void RunEngine::onBatchesCancelled()
{
    if (m_batchCancelsAwaited > 0 && --m_batchCancelsAwaited == 0 && !m_finished)
        finish(RunStatus::Cancelled);
}

void RunEngine::abortBatches()
{
    for (BatchLane* lane : std::as_const(m_batchLanes))
        lane->abortAll();
}

void RunEngine::close()
{
    if (m_finished)
        return;
    if (batchesIdle()) {
        cancel();
        return;
    }
    for (ProviderLane* lane : std::as_const(m_lanes))
        lane->abortAll();
    abortBatches();
    m_pendingScores.clear();
    m_progress.stopReason = tr("Closed: the batches already sent go on at the provider; resume the run to collect them");
    finish(RunStatus::Interrupted);
}

void RunEngine::addBatchProgress(RunProgress& progress) const
{
    QList<BatchRecord> batches;
    for (const BatchLane* lane : std::as_const(m_batchLanes)) {
        progress.inFlight += lane->inFlight();
        batches.append(lane->batches());
    }
    progress.batchText = batchProgressText(batches, QDateTime::currentDateTimeUtc());
}
