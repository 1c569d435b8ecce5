// SPDX-License-Identifier: GPL-3.0-or-later
// BatchLane, first part: restoring, splitting and handing out. The second (batchcollect.cpp) polls,
// collects and cancels; the third (batchsend.cpp) sends, and finds batches whose creation went
// unconfirmed.
#include "batchlane.h"

#include "batchclient.h"
#include "batchlaneactive.h"
#include "batchstore.h"

#include "runner/jobsource.h"

#include <QTimer>

BatchLane::BatchLane(const Provider& provider, const QString& apiKey, const QString& runId, BatchStore* store,
                     const BatchPolicy& policy, JobMaker makeJob, QObject* parent)
    : QObject(parent)
    , m_provider(provider)
    , m_runId(runId)
    , m_store(store)
    , m_policy(policy)
    , m_makeJob(std::move(makeJob))
    , m_client(createBatchClient(provider, apiKey))
    , m_pollTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &BatchLane::pollDue);
    m_clock.start();
}

BatchLane::~BatchLane() = default;

bool BatchLane::restore()
{
    const auto batches = m_store->batches(m_runId);
    if (!batches) {
        m_error = m_store->errorString();
        return false;
    }
    for (const BatchRecord& record : *batches) {
        if (record.providerName != m_provider.name)
            continue;
        if (!isOpenPhase(record.phase)) {
            m_closed.append(record);
            continue;
        }
        const auto ids = m_store->customIds(record.id);
        if (!ids) {
            m_error = m_store->errorString();
            return false;
        }
        auto active = std::make_unique<Active>();
        active->record = record;
        active->intervalMs = m_policy.firstPollMs;
        for (const QString& id : *ids)
            m_adopted.insert(id, record.id);
        m_active.emplace(record.id, std::move(active));
    }
    return true;
}

void BatchLane::enqueue(const RunJob& job)
{
    const QString customId = batchCustomId(job.request.id);
    if (const qint64 batchId = m_adopted.value(customId); batchId > 0) {
        find(batchId)->jobs.insert(customId, BatchJob { job.key, job.caseIndex });
        return;
    }
    const qint64 bytes = m_client ? m_client->requestBody(job.request).size() : 0;
    m_queue.append(BatchJob { job.key, job.caseIndex, bytes });
}

// Batches found open whose jobs all have results already are done with; one recorded but never
// confirmed by the provider may still be there (the process died before the answer came): the
// provider is asked before it is sent again (reclaim()).
void BatchLane::submitQueued()
{
    for (auto it = m_active.begin(); it != m_active.end();) {
        Active& batch = *it->second;
        const bool unconfirmed = batch.record.remoteId.isEmpty();
        if (!batch.jobs.isEmpty()) {
            if (unconfirmed)
                m_unconfirmed.push_back(batch.record.id);
            ++it;
            continue;
        }
        const bool stored = unconfirmed ? m_store->forget(batch.record.id)
                                        : m_store->setPhase(batch.record.id, BatchPhase::Collected);
        if (!stored)
            storeError();
        if (!unconfirmed) {
            batch.record.phase = BatchPhase::Collected;
            m_closed.append(batch.record);
        }
        it = m_active.erase(it);
    }
    m_adopted.clear();
    planChunks();
    submitNext();
    schedulePoll();
}

// One model a batch (OpenAI and Gemini require it), within the provider's limits of count and size.
void BatchLane::planChunks()
{
    const BatchLimits limits = batchLimits(m_provider.kind);
    const int maxItems = m_policy.maxItemsPerBatch > 0 ? std::min(m_policy.maxItemsPerBatch, limits.maxItems)
                                                       : limits.maxItems;
    QHash<QString, QList<BatchJob>> byModel;
    QStringList models;
    for (const BatchJob& job : std::as_const(m_queue)) {
        if (!byModel.contains(job.key.modelId))
            models.append(job.key.modelId);
        byModel[job.key.modelId].append(job);
    }
    m_queue.clear();
    for (const QString& model : models) {
        QList<BatchJob> chunk;
        qint64 bytes = 1024;
        for (BatchJob& job : byModel[model]) {
            const qint64 size = requestBytes(job) + 160;
            if (!chunk.isEmpty() && (chunk.size() >= maxItems || bytes + size > limits.maxBytes)) {
                m_chunks.push_back(std::exchange(chunk, {}));
                bytes = 1024;
            }
            chunk.append(job);
            bytes += size;
        }
        if (!chunk.isEmpty())
            m_chunks.push_back(chunk);
    }
}

qint64 BatchLane::requestBytes(BatchJob& job) const
{
    if (job.requestBytes <= 0 && m_client)
        job.requestBytes = m_client->requestBody(m_makeJob(job.key, job.caseIndex).request).size();
    return job.requestBytes;
}

// One at a time: a batch found unconfirmed is looked for first (even while cancelling, so that one
// found is cancelled too), then the next chunk is recorded and sent.
void BatchLane::submitNext()
{
    if (!m_client || m_submitting)
        return;
    while (!m_unconfirmed.empty()) {
        Active* batch = find(m_unconfirmed.front());
        m_unconfirmed.pop_front();
        if (batch) {
            reclaim(batch, 0);
            return;
        }
    }
    if (m_paused || m_cancelling || m_chunks.empty())
        return;
    const QList<BatchJob> chunk = m_chunks.front();
    m_chunks.pop_front();
    auto active = std::make_unique<Active>();
    active->record.runId = m_runId;
    active->record.providerName = m_provider.name;
    active->record.itemCount = int(chunk.size());
    active->record.tag = newBatchTag(m_runId);
    active->intervalMs = m_policy.firstPollMs;
    QStringList ids;
    for (const BatchJob& job : chunk) {
        ids.append(batchCustomId(jobRequestId(job.key)));
        active->jobs.insert(ids.constLast(), BatchJob { job.key, job.caseIndex });
    }
    const std::optional<qint64> id = m_store->addBatch(active->record, ids);
    if (!id) {
        storeError();
        for (const BatchJob& job : chunk)
            finishJob(job, BatchClient::itemError({}, CompletionError::Fatal, m_store->errorString()));
        submitNext();
        return;
    }
    active->record.id = *id;
    Active* batch = active.get();
    m_active.emplace(*id, std::move(active));
    sendBatch(batch, 0);
}

void BatchLane::failBatch(Active* batch, const QString& message, CompletionError kind)
{
    batch->record.phase = BatchPhase::Failed;
    batch->record.message = message;
    if (!m_store->setPhase(batch->record.id, BatchPhase::Failed, message))
        storeError();
    const qint64 batchId = batch->record.id;
    failJobs(batchId, kind, message);
    if (Active* failed = find(batchId)) {
        m_closed.append(failed->record);
        m_active.erase(batchId);
        Q_EMIT collected(); // closed: the lane may be idle now, and the run at its end
    }
}

// One job at a time, the others staying in flight: the run ends with the last of them, not the first.
void BatchLane::failJobs(qint64 batchId, CompletionError kind, const QString& message)
{
    for (Active* batch = find(batchId); batch && !batch->jobs.isEmpty(); batch = find(batchId)) {
        const BatchJob job = batch->jobs.take(batch->jobs.cbegin().key());
        finishJob(job, BatchClient::itemError({}, kind, message));
    }
}

void BatchLane::finishJob(const BatchJob& job, CompletionResult result)
{
    const RunJob made = m_makeJob(job.key, job.caseIndex);
    result.requestId = made.request.id;
    ++m_finishedJobs;
    Q_EMIT jobFinished(made, result);
}

void BatchLane::setPaused(bool paused)
{
    m_paused = paused;
    submitNext();
}

void BatchLane::dropQueued()
{
    m_dropping = true; // batches found unconfirmed are not sent either (sendUnfound())
    m_queue.clear();
    m_chunks.clear();
}

int BatchLane::queued() const
{
    qsizetype count = m_queue.size();
    for (const QList<BatchJob>& chunk : m_chunks)
        count += chunk.size();
    return int(count);
}

int BatchLane::inFlight() const
{
    qsizetype count = 0;
    for (const auto& [id, batch] : m_active)
        count += batch->jobs.size();
    return int(count);
}

bool BatchLane::isIdle() const
{
    // A batch whose every answer is handed out is still being collected until it is marked so.
    return m_queue.isEmpty() && m_chunks.empty() && m_unconfirmed.empty() && !m_submitting && m_active.empty();
}

QList<BatchRecord> BatchLane::batches() const
{
    QList<BatchRecord> all = m_closed;
    for (const auto& [id, batch] : m_active)
        all.append(batch->record);
    std::sort(all.begin(), all.end(), [](const BatchRecord& a, const BatchRecord& b) { return a.id < b.id; });
    return all;
}

BatchLane::Active* BatchLane::find(qint64 batchId) const
{
    const auto it = m_active.find(batchId);
    return it == m_active.end() ? nullptr : it->second.get();
}

void BatchLane::storeError()
{
    m_error = m_store->errorString();
    Q_EMIT storeFailed(m_error);
}
