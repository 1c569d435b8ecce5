// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ratewindow.h"
#include "runplan.h"

#include "providers/retrypolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <optional>
#include <memory>
#include <vector>

class CompletionReply;
class ProviderClient;
class QTimer;

// Where a lane takes its first attempts from, one at a time and only when it has room to send them,
// so that the jobs of a large run are made as they go out instead of waiting in memory.
struct JobFeed {
    std::function<std::optional<RunJob>()> next; // nullopt: there are no more
    std::function<qsizetype()> remaining; // how many next() may still give, for the run's ETA
};

// The calls of one provider: at most `concurrency` in flight, at most its requests per minute, and
// failed calls tried again after a backoff that honours the provider's retry-after. Jobs come from
// its feed, and enqueued ones (a judge's calls) go before the feed's. Lives on the run's worker
// thread; all its I/O is asynchronous on that thread.
class ProviderLane : public QObject
{
    Q_OBJECT
public:
    ProviderLane(const Provider& provider, const QString& apiKey, int concurrency, QObject* parent = nullptr);
    ~ProviderLane() override;

    const Provider& provider() const { return m_provider; }
    void setRetryPolicy(const RetryPolicy& policy) { m_retry = policy; }

    void setFeed(const JobFeed& feed);
    void enqueue(const RunJob& job);
    void setPaused(bool paused);
    // Enqueued jobs are forgotten and returned, the feed is not asked again; calls in flight finish.
    QList<RunJob> dropQueued();
    void abortAll(); // pending jobs are forgotten, calls in flight are cancelled
    qsizetype queued() const; // enqueued, waiting to retry, and what the feed has still to give
    int inFlight() const { return m_inFlight; }
    int finishedJobs() const { return m_finishedJobs; } // reported with jobFinished, retries not counted
    bool isIdle() const { return m_queue.empty() && m_retries.empty() && m_inFlight == 0 && !m_feed; }

Q_SIGNALS:
    // A job's final result: it succeeded, failed for good, or ran out of attempts.
    void jobFinished(const RunJob& job, const CompletionResult& result);
    void feedExhausted(); // the feed gave its last job (or was dropped): idle once the calls end

private:
    struct Pending {
        RunJob job;
        int attempt = 1;
        qint64 notBeforeMs = 0;
    };

    void pump();
    std::optional<Pending> takeReady(qint64 nowMs, qint64* waitMs);
    std::optional<Pending> takeFromFeed();
    void endFeed();
    void start(const Pending& pending, qint64 nowMs);
    void onResult(const Pending& pending, const CompletionResult& result);
    void wakeUpIn(qint64 ms);
    int leastBusyClient() const;

    Provider m_provider;
    int m_concurrency;
    std::vector<std::unique_ptr<ProviderClient>> m_clients;
    std::vector<int> m_clientLoad;
    std::optional<JobFeed> m_feed; // until it runs dry
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
