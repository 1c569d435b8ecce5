// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ratewindow.h"
#include "runplan.h"

#include "providers/retrypolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <deque>
#include <optional>
#include <memory>
#include <vector>

class CompletionReply;
class ProviderClient;
class QTimer;

// The calls of one provider: at most `concurrency` in flight, at most its requests per minute, and
// failed calls tried again after a backoff that honours the provider's retry-after. Lives on the
// run's worker thread; all its I/O is asynchronous on that thread.
class ProviderLane : public QObject
{
    Q_OBJECT
public:
    ProviderLane(const Provider& provider, const QString& apiKey, int concurrency, QObject* parent = nullptr);
    ~ProviderLane() override;

    const Provider& provider() const { return m_provider; }
    void setRetryPolicy(const RetryPolicy& policy) { m_retry = policy; }

    void enqueue(const RunJob& job);
    void setPaused(bool paused);
    QList<RunJob> dropQueued(); // pending jobs are forgotten and returned; calls in flight finish
    void abortAll(); // pending jobs are forgotten, calls in flight are cancelled
    int queued() const { return int(m_queue.size() + m_retries.size()); }
    int inFlight() const { return m_inFlight; }
    int finishedJobs() const { return m_finishedJobs; } // reported with jobFinished, retries not counted
    bool isIdle() const { return m_queue.empty() && m_retries.empty() && m_inFlight == 0; }

Q_SIGNALS:
    // A job's final result: it succeeded, failed for good, or ran out of attempts.
    void jobFinished(const RunJob& job, const CompletionResult& result);

private:
    struct Pending {
        RunJob job;
        int attempt = 1;
        qint64 notBeforeMs = 0;
    };

    void pump();
    std::optional<Pending> takeReady(qint64 nowMs, qint64* waitMs);
    void start(const Pending& pending, qint64 nowMs);
    void onResult(const Pending& pending, const CompletionResult& result);
    void wakeUpIn(qint64 ms);
    int leastBusyClient() const;

    Provider m_provider;
    int m_concurrency;
    std::vector<std::unique_ptr<ProviderClient>> m_clients;
    std::vector<int> m_clientLoad;
    std::deque<Pending> m_queue; // first attempts, in order
    std::vector<Pending> m_retries; // later attempts, each waiting for its backoff
    QList<QPointer<CompletionReply>> m_replies;
    RateWindow m_rate;
    RetryPolicy m_retry;
    QElapsedTimer m_clock;
    QTimer* m_wakeUp;
    qint64 m_blockedUntilMs = 0; // a 429's retry-after holds back the whole provider
    int m_inFlight = 0;
    int m_finishedJobs = 0;
    bool m_paused = false;
};
