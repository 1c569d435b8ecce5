// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/provider.h"
#include "providers/completion.h"

#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

// Where a batch stands, as the results database keeps it.
enum class BatchPhase {
    Submitting, // recorded, not yet (known to be) accepted by the provider
    InProgress, // accepted; polled until it ends
    Ended, // the provider finished it; its results are being collected
    Collected, // every result it brought is in the results database
    Cancelled,
    Failed, // the provider refused or lost it: its jobs got error results
};

QString batchPhaseKey(BatchPhase phase); // "submitting", "in-progress", ...
std::optional<BatchPhase> batchPhaseFromKey(const QString& key);
bool isOpenPhase(BatchPhase phase); // still to poll or collect

// One batch of a run, as persisted.
struct BatchRecord {
    qint64 id = 0; // local, the database's
    QString runId;
    QString providerName;
    QString remoteId; // the provider's: batch_..., msgbatch_..., batches/...
    QString inputRef; // OpenAI: the uploaded input file
    BatchPhase phase = BatchPhase::Submitting;
    QDateTime submittedAt;
    int itemCount = 0;
    int doneCount = 0;
    int failedCount = 0;
    QString message; // why it failed, in the provider's words
    QString tag; // what it was created with, to be found by again (newBatchTag()); empty before v7
};

// One request of a batch.
struct BatchItem {
    QString customId;
    CompletionRequest request;
};

// What a poll says about a batch.
struct BatchStatus {
    bool ok = false; // false: the poll itself failed (error says why); try again later
    QString error;
    bool ended = false;
    bool failed = false; // ended without results (validation failed, ...)
    bool cancelling = false;
    bool lost = false; // the provider no longer knows the batch (or this key): its jobs must run again
    int total = 0;
    int done = 0; // succeeded and failed items
    int failedItems = 0;
    QString outputRef; // OpenAI output_file_id, Anthropic results_url
    QString errorRef; // OpenAI error_file_id
};

struct BatchItemResult {
    QString customId;
    CompletionResult result;
};

// What tells a batch whose creation may have reached the provider without its answer reaching the
// run (a kill, a reply lost on the way): see BatchLane::reclaim().
struct BatchSearch {
    QString tag; // what it was created with (BatchRecord::tag): OpenAI's metadata, Gemini's display name
    QDateTime sentAt; // when its creation was sent; invalid for batches recorded before it was kept
    int itemCount = 0;
    QSet<QString> knownIds; // batches the workspace knows at this provider, none of them the one sought
};

// "signalbox <run id> <uuid>": says whose batch it is in the provider's console, and is unique across
// workspaces (two copies of one workspace may start a run in the same second on the same key).
QString newBatchTag(const QString& runId);

// The id a job carries in a batch: short and of the characters every provider accepts
// (Anthropic: [a-zA-Z0-9_-]{1,64}), derived from the job so that a resumed run finds its jobs again.
QString batchCustomId(const QString& requestId);

// Whether the provider's own batch API can carry the provider's calls: as its batch_api says, else
// by its host (OpenAI-compatible servers other than OpenAI's own mostly have none).
bool supportsBatches(const Provider& provider, bool simulated);

// The most requests, and bytes of requests, one batch may carry.
struct BatchLimits {
    int maxItems = 0;
    qint64 maxBytes = 0;
};
BatchLimits batchLimits(ProviderKind kind);

// "submitted 2 h ago" for a batch sent this many seconds ago, translated.
QString batchAgeText(qint64 seconds);

// "batch 3 of 5: 41,200 of 60,000 done, submitted 2 h ago", translated.
QString batchProgressText(const QList<BatchRecord>& batches, const QDateTime& now);

// Tuning of the polling and splitting, so that tests and benchmarks need not wait hours.
struct BatchPolicy {
    int firstPollMs = 10'000;
    int maxPollMs = 10 * 60'000;
    double backoff = 1.5;
    int maxItemsPerBatch = 10'000; // below the providers' limits: a results file's memory stays bounded
    int submitAttempts = 3;
};
