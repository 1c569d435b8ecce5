// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/resultrecord.h"
#include "jobsource.h"

#include <QHash>
#include <QMap>

// What earlier runs measured, to estimate the next one by: per category and model the mean tokens
// in and out of an answer, per model its mean latency, per provider how many calls it kept in flight
// on average (busy time over wall time). Cached answers are left out: they took no time.
struct ObservedUsage {
    QHash<QString, double> inputTokens; // by usageKey(category, model)
    QHash<QString, double> outputTokens;
    QHash<QString, double> latencySeconds; // by model
    QHash<QString, double> parallelism; // by provider, at least 1

    bool isEmpty() const { return outputTokens.isEmpty(); }
    static QString usageKey(const QString& category, const QString& modelId);
};

// The same figures gathered one result at a time, so that a run of any size is observed as the
// results database reads it, without loading it. The workspace must outlive the observer.
class UsageObserver
{
public:
    explicit UsageObserver(const Workspace& workspace);
    void add(const ResultRecord& result);
    ObservedUsage observed() const;

private:
    struct Sums {
        double in = 0.0; // input tokens, or the summed latency in ms
        double out = 0.0;
        int count = 0;
    };
    // One provider's calls: their summed latency and the span of time they covered.
    struct Span {
        double busyMs = 0.0;
        QDateTime first;
        QDateTime last;
        void add(qint64 latencyMs, const QDateTime& finishedAt);
    };

    const Workspace* m_workspace;
    QHash<QString, Sums> m_tokens; // by usageKey
    QHash<QString, Sums> m_latency; // by model
    QHash<QString, Span> m_spans; // by provider
};

ObservedUsage observeUsage(const Workspace& workspace, const QList<ResultRecord>& results);

// What a run will take before it starts: calls, tokens, dollars and minutes. Without observations,
// input tokens are counted from the rendered prompts, output tokens from the expected answers'
// length, latency is the simulation's or a typical one and each provider runs at its concurrency.
// Observed figures take their place where there are any.
struct RunEstimate {
    int calls = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    double costUsd = 0.0;
    double seconds = 0.0; // with each provider's concurrency and rate limit; providers run side by side
    QMap<QString, double> costByModel;

    QString summary() const; // "1,240 calls · ~$0.42 · ~3 min", translated
};

RunEstimate estimateRun(const Workspace& workspace, const RunPlan& plan, const ObservedUsage& observed = {});
// The same for the jobs a source makes, made and estimated one at a time (a resumed run's missing ones).
RunEstimate estimateJobs(const Workspace& workspace, const RunPlan& plan, JobSource jobs,
                         const ObservedUsage& observed = {});

QString dollarsEstimate(double usd); // "$0.213", "$12.40"
QString durationEstimate(double seconds); // "~40 s", "~3 min", "~1.5 h", translated

// Expected length of a model's answer to a case, in tokens.
qint64 expectedOutputTokens(const TestCase& testCase);
