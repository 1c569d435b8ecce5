// SPDX-License-Identifier: GPL-3.0-or-later
// BatchLane, third part: sending a batch, and batches whose creation was sent but never confirmed.
// The process may have died before the provider's answer came, or the answer was lost on the way
// (a gateway's timeout) after the provider had made the batch. Sending such a batch again would have
// the provider run, and bill, every job twice, so the provider is asked first (BatchClient::find).
#include "batchclient.h"
#include "batchlane.h"
#include "batchlaneactive.h"
#include "batchstore.h"

#include <QTimer>

// Sends the batch (attempt 0), or again after a failure the provider says may pass.
void BatchLane::sendBatch(Active* batch, int attempt)
{
    m_submitting = true;
    QList<BatchItem> items;
    items.reserve(batch->jobs.size());
    for (auto it = batch->jobs.cbegin(); it != batch->jobs.cend(); ++it)
        items.append({ it.key(), m_makeJob(it.value().key, it.value().caseIndex).request });
    const qint64 batchId = batch->record.id;
    m_client->submit(items, batchTag(batch->record), [this, batchId, attempt](const BatchClient::Submitted& submitted) {
        Active* sent = find(batchId);
        if (!sent)
            return;
        if (!submitted.reply.isOk()) {
            const bool again = submitted.reply.error == CompletionError::Retryable
                && attempt + 1 < m_policy.submitAttempts && !m_cancelling;
            if (again) {
                // The provider may have made the batch and the answer been lost: look before sending again.
                QTimer::singleShot(m_policy.firstPollMs, this, [this, batchId, attempt] {
                    if (Active* retried = find(batchId))
                        reclaim(retried, attempt + 1);
                });
                return;
            }
            m_submitting = false;
            failBatch(sent, tr("The batch was not accepted: %1").arg(submitted.reply.errorMessage),
                      submitted.reply.error == CompletionError::Retryable ? CompletionError::Retryable
                                                                          : CompletionError::Fatal);
            submitNext();
            checkCancelled();
            return;
        }
        markSubmitted(sent, submitted.remoteId, submitted.inputRef);
    });
}

// The provider holds the batch (it said so, or it was found there): poll it from now on.
void BatchLane::markSubmitted(Active* batch, const QString& remoteId, const QString& inputRef)
{
    m_submitting = false;
    batch->record.remoteId = remoteId;
    batch->record.inputRef = inputRef;
    if (!batch->record.submittedAt.isValid())
        batch->record.submittedAt = QDateTime::currentDateTimeUtc();
    batch->record.phase = BatchPhase::InProgress;
    if (!m_store->setSubmitted(batch->record.id, remoteId, inputRef, batch->record.submittedAt))
        storeError();
    batch->nextPollMs = m_clock.elapsed() + batch->intervalMs;
    if (m_cancelling)
        cancelOne(batch);
    checkCancelled();
    submitNext();
    schedulePoll();
}

void BatchLane::reclaim(Active* batch, int sendAttempt, int findAttempt)
{
    m_submitting = true;
    const qint64 batchId = batch->record.id;
    m_client->find(searchFor(batch->record),
                   [this, batchId, sendAttempt, findAttempt](const BatchClient::Found& found) {
                       Active* sought = find(batchId);
                       if (!sought)
                           return;
                       if (!found.remoteId.isEmpty())
                           markSubmitted(sought, found.remoteId, found.inputRef);
                       else if (found.reply.isOk())
                           sendUnfound(sought, sendAttempt);
                       else
                           reclaimFailed(sought, found.reply, sendAttempt, findAttempt);
                   });
}

// The provider holds no such batch: it is sent, unless the run was paused or cancelled meanwhile.
void BatchLane::sendUnfound(Active* batch, int sendAttempt)
{
    if (m_cancelling) {
        m_submitting = false;
        batch->record.phase = BatchPhase::Cancelled;
        if (!m_store->setPhase(batch->record.id, BatchPhase::Cancelled))
            storeError();
        m_closed.append(batch->record);
        m_active.erase(batch->record.id);
        checkCancelled();
        submitNext();
        return;
    }
    if (m_paused) {
        m_submitting = false;
        m_unconfirmed.push_front(batch->record.id); // looked for again when the run goes on
        return;
    }
    sendBatch(batch, sendAttempt);
}

// A passing failure is tried again. A provider that cannot list its batches (an OpenAI-compatible
// server without the list) cannot hold one to find either way, so the batch is sent. If the
// provider stays out of reach, the batch fails: its jobs get retryable errors rather than being
// sent a second time blind.
void BatchLane::reclaimFailed(Active* batch, const BatchReply& reply, int sendAttempt, int findAttempt)
{
    const qint64 batchId = batch->record.id;
    if (reply.error == CompletionError::Retryable && findAttempt + 1 < m_policy.submitAttempts) {
        QTimer::singleShot(m_policy.firstPollMs, this, [this, batchId, sendAttempt, findAttempt] {
            if (Active* again = find(batchId))
                reclaim(again, sendAttempt, findAttempt + 1);
        });
        return;
    }
    if (reply.error != CompletionError::Retryable) {
        sendUnfound(batch, sendAttempt);
        return;
    }
    m_submitting = false;
    failBatch(batch,
              tr("%1 could not be asked whether it already holds this batch, so its jobs were not sent again: %2")
                  .arg(m_provider.name, reply.errorMessage),
              CompletionError::Retryable);
    submitNext();
    checkCancelled();
}

BatchSearch BatchLane::searchFor(const BatchRecord& record) const
{
    BatchSearch search { batchTag(record), record.submittedAt, record.itemCount, {} };
    for (const BatchRecord& closed : m_closed)
        search.knownIds.insert(closed.remoteId);
    for (const auto& [id, active] : m_active)
        search.knownIds.insert(active->record.remoteId);
    search.knownIds.remove(QString());
    return search;
}
