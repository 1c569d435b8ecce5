// SPDX-License-Identifier: GPL-3.0-or-later
// BatchLane, third part: batches whose creation was sent but never confirmed. The process may have
// died before the provider's answer came, or the answer was lost on the way (a timeout, a dropped
// connection) after the provider had made the batch. Sending such a batch again would have the
// provider run, and bill, every job twice, so the provider is asked first (BatchClient::find).
#include "batchclient.h"
#include "batchlane.h"
#include "batchlaneactive.h"
#include "batchstore.h"

#include <QTimer>

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
