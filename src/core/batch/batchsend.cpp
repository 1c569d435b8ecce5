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

namespace {
// The attempt passed to reclaim() for a batch not to be sent again whatever the search finds (its
// last attempt failed, or the run is being cancelled): found, it is polled; not found, it fails.
constexpr int noResend = -1;
} // namespace

// Sends the batch (attempt 0), or again after a failure the provider says may pass.
void BatchLane::sendBatch(Active* batch, int attempt)
{
    m_submitting = true;
    QList<BatchItem> items;
    items.reserve(batch->jobs.size());
    for (auto it = batch->jobs.cbegin(); it != batch->jobs.cend(); ++it)
        items.append({ it.key(), m_makeJob(it.value().key, it.value().caseIndex).request });
    // What finding it again relies on: when it was sent, and how many requests it carries.
    batch->record.submittedAt = QDateTime::currentDateTimeUtc();
    batch->record.itemCount = int(items.size());
    if (!m_store->setSending(batch->record.id, batch->record.submittedAt, batch->record.itemCount))
        storeError();
    const qint64 batchId = batch->record.id;
    m_client->submit(items, batch->record.tag, [this, batchId, attempt](const BatchClient::Submitted& submitted) {
        if (Active* sent = find(batchId); sent && submitted.reply.isOk())
            markSubmitted(sent, submitted.remoteId, submitted.inputRef);
        else if (sent)
            submitFailed(sent, submitted.reply, attempt);
    });
}

// A refusal (bad request, authentication) made nothing. Any other failure may hide a batch the
// provider made before the answer was lost, so it is looked for before being sent again, and also
// when it is not to be sent again: found, it is polled (or cancelled with the run).
void BatchLane::submitFailed(Active* batch, const BatchReply& reply, int attempt)
{
    if (reply.error == CompletionError::Fatal || reply.error == CompletionError::Cancelled) {
        giveUp(batch, tr("The batch was not accepted: %1").arg(reply.errorMessage), CompletionError::Fatal);
        return;
    }
    batch->record.message = reply.errorMessage;
    const bool again
        = reply.error == CompletionError::Retryable && attempt + 1 < m_policy.submitAttempts && !m_cancelling;
    const int next = again ? attempt + 1 : noResend;
    const qint64 batchId = batch->record.id;
    QTimer::singleShot(m_policy.firstPollMs, this, [this, batchId, next] {
        if (Active* retried = find(batchId))
            reclaim(retried, next);
    });
}

// The provider holds the batch (it said so, or it was found there): poll it from now on.
void BatchLane::markSubmitted(Active* batch, const QString& remoteId, const QString& inputRef)
{
    m_submitting = false;
    batch->record.remoteId = remoteId;
    batch->record.inputRef = inputRef;
    batch->record.message.clear();
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

// The provider holds no such batch: it is sent, unless it is not to be, or the run was paused,
// cancelled or stopped meanwhile.
void BatchLane::sendUnfound(Active* batch, int sendAttempt)
{
    if (m_cancelling || m_dropping) {
        closeUnsent(batch);
    } else if (sendAttempt == noResend) {
        giveUp(batch, tr("The batch was not accepted: %1").arg(batch->record.message), CompletionError::Retryable);
    } else if (m_paused) {
        m_submitting = false;
        m_unconfirmed.push_front(batch->record.id); // looked for again when the run goes on
    } else {
        sendBatch(batch, sendAttempt);
    }
}

// A batch the provider does not hold and that will not be sent: cancelled with the run, or dropped
// with the jobs not yet sent when the run stops early (its budget reached).
void BatchLane::closeUnsent(Active* batch)
{
    m_submitting = false;
    const qint64 batchId = batch->record.id;
    if (m_cancelling) {
        batch->record.phase = BatchPhase::Cancelled;
        m_closed.append(batch->record);
    }
    const bool stored = m_cancelling ? m_store->setPhase(batchId, BatchPhase::Cancelled) : m_store->forget(batchId);
    if (!stored)
        storeError();
    m_active.erase(batchId);
    checkCancelled();
    submitNext();
    Q_EMIT collected(); // the lane may be idle now
}

// A passing failure is tried again. A provider without a list of batches (an OpenAI-compatible
// server answering 404 or 405) cannot hold one to find, so the batch is sent. Any other failure
// (the provider out of reach, the list refused or too long to read) fails the batch: its jobs get
// retryable errors rather than being sent a second time blind.
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
    if (reply.httpStatus == 404 || reply.httpStatus == 405) {
        sendUnfound(batch, sendAttempt);
        return;
    }
    giveUp(batch,
           tr("%1 could not be asked whether it already holds this batch, so its jobs were not sent again: %2")
               .arg(m_provider.name, reply.errorMessage),
           CompletionError::Retryable);
}

// The batch will not be sent (again): its jobs end with errors of kind, and the lane goes on.
void BatchLane::giveUp(Active* batch, const QString& message, CompletionError kind)
{
    m_submitting = false;
    failBatch(batch, message, kind);
    submitNext();
    checkCancelled();
}

// The batches known to be another than the one sought: every run's in this workspace (each batch's
// id is written the moment the provider gives it). Unreadable, the database is reported, and only
// this run's batches are known.
BatchSearch BatchLane::searchFor(const BatchRecord& record)
{
    BatchSearch search { record.tag, record.submittedAt, record.itemCount, {} };
    if (const auto known = m_store->remoteIds(m_provider.name)) {
        search.knownIds = *known;
        return search;
    }
    storeError();
    for (const BatchRecord& batch : batches())
        search.knownIds.insert(batch.remoteId);
    search.knownIds.remove(QString());
    return search;
}
