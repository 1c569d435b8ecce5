// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerlane.h"

#include "domain/limits.h"
#include "providers/providerfactory.h"

#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>

namespace {
// Qt 6.4 opens at most six HTTP/1.1 connections per host and network manager (raising it needs
// Qt 6.5). Local servers (Ollama, vLLM, the sandbox) speak HTTP/1.1, so a pool of managers is
// what lets them see the concurrency asked for; over TLS, HTTP/2 multiplexes anyway.
constexpr int connectionsPerManager = 6;
}

ProviderLane::ProviderLane(const Provider& provider, const QString& apiKey, int concurrency, QObject* parent)
    : QObject(parent)
    , m_provider(provider)
    , m_concurrency(std::clamp(concurrency, 1, Limits::maxConcurrency))
    , m_rate(std::clamp(provider.requestsPerMinute, 0, Limits::maxRequestsPerMinute))
    , m_wakeUp(new QTimer(this))
{
    m_clock.start();
    m_wakeUp->setSingleShot(true);
    connect(m_wakeUp, &QTimer::timeout, this, &ProviderLane::pump);
    const int managers = (m_concurrency + connectionsPerManager - 1) / connectionsPerManager;
    for (int i = 0; i < managers; ++i) {
        m_clients.push_back(createProviderClient(provider, apiKey, new QNetworkAccessManager(this)));
        m_clientLoad.push_back(0);
    }
}

ProviderLane::~ProviderLane()
{
    m_feed.reset(); // the run is over: no one waits for it to run dry
    abortAll();
}

void ProviderLane::setFeed(const JobFeed& feed)
{
    m_feed = feed;
    if (!m_wakeUp->isActive())
        m_wakeUp->start(0);
}

void ProviderLane::enqueue(const RunJob& job)
{
    m_queue.push_back({ job, 1, 0 });
    if (!m_wakeUp->isActive())
        m_wakeUp->start(0); // batch the enqueues of one event-loop pass into one pump
}

void ProviderLane::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        pump();
}

qsizetype ProviderLane::queued() const
{
    return qsizetype(m_queue.size() + m_retries.size()) + (m_feed ? m_feed->remaining() : 0);
}

QList<RunJob> ProviderLane::dropQueued()
{
    endFeed();
    QList<RunJob> dropped;
    for (const Pending& pending : std::exchange(m_queue, {}))
        dropped.append(pending.job);
    for (const Pending& pending : std::exchange(m_retries, {}))
        dropped.append(pending.job);
    return dropped;
}

void ProviderLane::abortAll()
{
    dropQueued();
    const auto replies = std::exchange(m_replies, {});
    for (const QPointer<CompletionReply>& reply : replies) {
        if (reply)
            reply->abort();
    }
}

void ProviderLane::pump()
{
    if (m_paused)
        return;
    while (m_inFlight < m_concurrency) {
        const qint64 now = m_clock.elapsed();
        qint64 waitMs = 0;
        const std::optional<Pending> next = takeReady(now, &waitMs);
        if (!next) {
            if (waitMs > 0)
                wakeUpIn(waitMs);
            return;
        }
        start(*next, now);
    }
}

std::optional<ProviderLane::Pending> ProviderLane::takeReady(qint64 nowMs, qint64* waitMs)
{
    if (m_queue.empty() && m_retries.empty() && !m_feed)
        return std::nullopt;
    *waitMs = std::max(m_blockedUntilMs - nowMs, m_rate.waitMs(nowMs));
    if (*waitMs > 0)
        return std::nullopt;
    const auto retry = std::min_element(m_retries.begin(), m_retries.end(),
        [](const Pending& a, const Pending& b) { return a.notBeforeMs < b.notBeforeMs; });
    if (retry != m_retries.end() && retry->notBeforeMs <= nowMs) {
        Pending pending = *retry;
        m_retries.erase(retry);
        return pending;
    }
    if (!m_queue.empty()) {
        Pending pending = m_queue.front();
        m_queue.pop_front();
        return pending;
    }
    if (std::optional<Pending> fed = takeFromFeed())
        return fed;
    // The feed may have changed the retries (a budget reached drops them): look again.
    const auto earliest = std::min_element(m_retries.begin(), m_retries.end(),
        [](const Pending& a, const Pending& b) { return a.notBeforeMs < b.notBeforeMs; });
    *waitMs = earliest == m_retries.end() ? 0 : std::max<qint64>(1, earliest->notBeforeMs - nowMs);
    return std::nullopt;
}

std::optional<ProviderLane::Pending> ProviderLane::takeFromFeed()
{
    if (!m_feed)
        return std::nullopt;
    // A copy: making the job may end the feed (an answer from the cache that reaches the budget).
    const JobFeed feed = *m_feed;
    std::optional<RunJob> job = feed.next();
    if (!job) {
        endFeed();
        return std::nullopt;
    }
    if (!m_feed)
        return std::nullopt; // dropped while it was made: unsent, it stays missing for a resume
    return Pending { std::move(*job), 1, 0 };
}

void ProviderLane::endFeed()
{
    if (!m_feed)
        return;
    m_feed.reset();
    Q_EMIT feedExhausted();
}

void ProviderLane::start(const Pending& pending, qint64 nowMs)
{
    m_rate.recordStart(nowMs);
    ++m_inFlight;
    const int client = leastBusyClient();
    ++m_clientLoad[client];
    CompletionRequest request = pending.job.request;
    request.attempt = pending.attempt;
    CompletionReply* reply = m_clients[client]->send(request);
    m_replies.removeIf([](const QPointer<CompletionReply>& r) { return r.isNull() || r->isFinished(); });
    m_replies.append(reply);
    connect(reply, &CompletionReply::finished, this, [this, pending, client](const CompletionResult& result) {
        --m_clientLoad[client];
        --m_inFlight;
        onResult(pending, result);
    });
}

void ProviderLane::onResult(const Pending& pending, const CompletionResult& result)
{
    if (result.error == CompletionError::Cancelled)
        return; // the run was cancelled: nothing to report
    if (m_retry.shouldRetry(result)) {
        const qint64 now = m_clock.elapsed();
        if (result.httpStatus == 429 && result.retryAfterMs)
            m_blockedUntilMs = std::max(m_blockedUntilMs, now + *result.retryAfterMs);
        m_retries.push_back({ pending.job, pending.attempt + 1, now + m_retry.delayMs(result.attempts, result.retryAfterMs) });
    } else {
        ++m_finishedJobs;
        Q_EMIT jobFinished(pending.job, result);
    }
    pump();
}

void ProviderLane::wakeUpIn(qint64 ms)
{
    if (!m_wakeUp->isActive() || m_wakeUp->remainingTime() > ms)
        m_wakeUp->start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
}

int ProviderLane::leastBusyClient() const
{
    return int(std::min_element(m_clientLoad.begin(), m_clientLoad.end()) - m_clientLoad.begin());
}
