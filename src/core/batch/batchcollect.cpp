// SPDX-License-Identifier: GPL-3.0-or-later
// BatchLane, second half: polling with a growing interval, collecting the results of ended
// batches, and cancelling.
#include "batchlane.h"

#include "batchclient.h"
#include "batchlaneactive.h"
#include "batchstore.h"

#include <QTimer>

void BatchLane::schedulePoll()
{
    qint64 next = -1;
    for (const auto& [id, batch] : m_active) {
        if (batch->busy || batch->record.remoteId.isEmpty() || batch->jobs.isEmpty())
            continue;
        if (next < 0 || batch->nextPollMs < next)
            next = batch->nextPollMs;
    }
    if (next < 0) {
        m_pollTimer->stop();
        return;
    }
    m_pollTimer->start(int(std::clamp<qint64>(next - m_clock.elapsed(), 0, m_policy.maxPollMs)));
}

void BatchLane::pollDue()
{
    if (!m_client)
        return;
    const qint64 now = m_clock.elapsed();
    for (const auto& [id, batch] : m_active) {
        if (batch->busy || batch->record.remoteId.isEmpty() || batch->jobs.isEmpty() || batch->nextPollMs > now
            || m_cancelling)
            continue;
        batch->busy = true;
        const qint64 batchId = id;
        m_client->poll(batch->record.remoteId, [this, batchId](const BatchStatus& status) {
            if (Active* polled = find(batchId))
                onStatus(polled, status);
        });
    }
    schedulePoll();
}

void BatchLane::backOff(Active* batch)
{
    batch->busy = false;
    batch->intervalMs = int(std::min<double>(batch->intervalMs * m_policy.backoff, m_policy.maxPollMs));
    batch->nextPollMs = m_clock.elapsed() + batch->intervalMs;
    schedulePoll();
}

void BatchLane::onStatus(Active* batch, const BatchStatus& status)
{
    if (!status.ok) {
        batch->record.message = status.error; // a passing failure of the poll: the batch goes on
        backOff(batch);
        return;
    }
    batch->last = status;
    if (status.done != batch->record.doneCount || status.failedItems != batch->record.failedCount) {
        batch->record.doneCount = status.done;
        batch->record.failedCount = status.failedItems;
        if (!m_store->setCounts(batch->record.id, status.done, status.failedItems))
            storeError();
    }
    if (!status.ended) {
        backOff(batch);
        return;
    }
    collect(batch, status);
}

void BatchLane::collect(Active* batch, const BatchStatus& status)
{
    batch->record.phase = BatchPhase::Ended;
    if (!m_store->setPhase(batch->record.id, BatchPhase::Ended))
        storeError();
    if (status.lost) {
        failBatch(batch, tr("The provider no longer knows this batch (%1).").arg(status.error),
                  CompletionError::Retryable);
        schedulePoll();
        return;
    }
    if (status.failed) {
        const QString why = status.error.isEmpty() ? tr("the provider gave no reason") : status.error;
        failBatch(batch, tr("The batch failed: %1").arg(why), CompletionError::Fatal);
        schedulePoll();
        return;
    }
    m_toCollect.push_back(batch->record.id);
    collectNext();
}

// The results are handed out as they are read, a piece at a time, and one batch's at a time, so
// that neither a results file nor its answers are ever held whole, nor several files at once.
void BatchLane::collectNext()
{
    while (m_collecting == 0 && !m_toCollect.empty() && m_client) {
        const qint64 batchId = m_toCollect.front();
        m_toCollect.pop_front();
        const Active* batch = find(batchId);
        if (!batch)
            continue;
        m_collecting = batchId;
        m_client->fetchResults(
            batch->record.remoteId, batch->last, batch->record.itemCount,
            [this, batchId](const QList<BatchItemResult>& results) { handOut(batchId, results); },
            [this, batchId](const QString& error) { fetched(batchId, error); });
    }
}

void BatchLane::fetched(qint64 batchId, const QString& error)
{
    m_collecting = 0;
    if (Active* ended = find(batchId)) {
        if (!error.isEmpty() && !ended->jobs.isEmpty()) {
            ended->record.message = error; // read again at the next poll; what was handed out stays
            backOff(ended);
        } else {
            finishCollecting(ended);
        }
    }
    collectNext();
}

void BatchLane::handOut(qint64 batchId, const QList<BatchItemResult>& results)
{
    for (const BatchItemResult& item : results) {
        Active* batch = find(batchId);
        if (!batch)
            return; // the run stopped while an answer was handled
        // Only jobs this session still wants: one answered before a restart is not answered twice.
        if (batch->jobs.contains(item.customId))
            finishJob(batch->jobs.take(item.customId), item.result);
    }
}

void BatchLane::finishCollecting(Active* batch)
{
    const qint64 batchId = batch->record.id;
    failJobs(batchId, CompletionError::Retryable, tr("The batch ended without an answer for this request."));
    if (!find(batchId))
        return;
    Q_EMIT aboutToMarkCollected();
    Active* still = find(batchId);
    if (!still)
        return;
    still->record.phase = BatchPhase::Collected;
    still->record.doneCount = still->record.itemCount;
    if (!m_store->setPhase(still->record.id, BatchPhase::Collected))
        storeError();
    m_closed.append(still->record);
    m_active.erase(still->record.id);
    schedulePoll();
    Q_EMIT collected();
}

void BatchLane::cancelAll()
{
    m_cancelling = true;
    m_queue.clear();
    m_chunks.clear();
    m_pollTimer->stop();
    for (const auto& [id, batch] : m_active) {
        if (!batch->record.remoteId.isEmpty())
            cancelOne(batch.get());
    }
    submitNext(); // batches found unconfirmed are looked for, and cancelled when found
    QTimer::singleShot(0, this, &BatchLane::checkCancelled);
}

void BatchLane::cancelOne(Active* batch)
{
    if (batch->cancelRequested)
        return;
    batch->cancelRequested = true;
    ++m_pendingCancels;
    const qint64 batchId = batch->record.id;
    m_client->cancel(batch->record.remoteId, [this, batchId](const BatchReply& reply) {
        if (Active* cancelled = find(batchId)) {
            cancelled->record.phase = BatchPhase::Cancelled;
            cancelled->record.message = reply.isOk() ? QString() : reply.errorMessage;
            if (!m_store->setPhase(batchId, BatchPhase::Cancelled, cancelled->record.message))
                storeError();
            m_closed.append(cancelled->record);
            m_active.erase(batchId);
        }
        cancelAnswered();
    });
}

void BatchLane::cancelAnswered()
{
    --m_pendingCancels;
    checkCancelled();
}

// Cancelled once every batch sent has been cancelled, including one whose sending was under way.
void BatchLane::checkCancelled()
{
    if (!m_cancelling || m_cancelNotified || m_submitting || !m_unconfirmed.empty() || m_pendingCancels > 0)
        return;
    m_cancelNotified = true;
    Q_EMIT cancelled();
}

void BatchLane::abortAll()
{
    m_queue.clear();
    m_chunks.clear();
    m_unconfirmed.clear();
    m_pollTimer->stop();
    m_client.reset(); // its transfers end with it, unanswered
    m_active.clear();
    m_toCollect.clear();
    m_collecting = 0;
    m_submitting = false;
}
