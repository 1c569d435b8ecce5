// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QString>

// One unit of work of a run: a case of a category answered by a model, the n-th time.
struct JobKey {
    QString category;
    QString caseId;
    QString modelId;
    int repeat = 0; // 0-based

    friend bool operator==(const JobKey&, const JobKey&) = default;
};

size_t qHash(const JobKey& key, size_t seed = 0) noexcept;

// What one job produced: the answer, its usage and cost, and how it scored.
struct ResultRecord {
    static constexpr qint64 unmeasuredLatency = -1; // stored as such in results.latency_ms

    QString runId;
    QString category;
    QString caseId;
    QString modelId;
    int repeat = 0;
    QString output;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    bool usageEstimated = false; // the provider omitted usage; counted from the text
    double costUsd = 0.0; // the model's own cost
    double judgeCostUsd = 0.0; // what an LLM judge cost to score it
    // How long the call took, or unmeasuredLatency: an answer collected from a provider's batch
    // came some time within a day, which says nothing about how fast the model answers.
    qint64 latencyMs = 0;
    std::optional<double> score; // 0..1; absent when the job failed before it could be scored
    bool pass = false;
    QString errorKind; // empty: no error; else e.g. "retryable", "fatal", "malformed", "scorer"
    QString errorMessage; // never holds an API key
    int attempts = 1;
    int httpStatus = 0; // 0: no HTTP response at all
    QDateTime finishedAt;
    bool cached = false; // served from the response cache, not the provider
    QDateTime cachedAt; // when the cached answer was given by the provider; null unless cached
    // The call succeeded but brought no answer to score, so the case failed: "refusal",
    // "content-filter" or "empty-answer" (see Refusal in providers/completion.h); empty otherwise.
    QString refusal;
    QString refusalReason; // the provider's words for it
    // Of inputTokens, those the provider served from its prompt cache (OpenAI's cached_tokens,
    // Anthropic's cache_read_input_tokens), billed at the model's cached-input price when it has one.
    qint64 cachedInputTokens = 0;
    bool fromBatch = false; // answered through the provider's batch API, at its batch price

    JobKey job() const { return { category, caseId, modelId, repeat }; }
    bool isError() const { return !errorKind.isEmpty(); }
    bool hasLatency() const { return latencyMs >= 0; } // a measured latency, never one of a batch
    bool isRefusal() const { return !refusal.isEmpty(); }
    double totalCostUsd() const { return costUsd + judgeCostUsd; }
    friend bool operator==(const ResultRecord&, const ResultRecord&) = default;
};

// "refusal", "content filter", "empty answer": a refusal kind as people read it, translated.
QString refusalLabel(const QString& refusalKind);

void registerResultsMetaTypes();

Q_DECLARE_METATYPE(JobKey)
Q_DECLARE_METATYPE(ResultRecord)
