// SPDX-License-Identifier: GPL-3.0-or-later
// Figures of earlier runs for the estimate of the next one.
#include "runestimate.h"

#include <algorithm>

void UsageObserver::Span::add(qint64 latencyMs, const QDateTime& finishedAt)
{
    busyMs += double(latencyMs);
    const QDateTime started = finishedAt.addMSecs(-latencyMs);
    first = first.isValid() ? std::min(first, started) : started;
    last = last.isValid() ? std::max(last, finishedAt) : finishedAt;
}

UsageObserver::UsageObserver(const Workspace& workspace)
    : m_workspace(&workspace)
{
}

void UsageObserver::add(const ResultRecord& result)
{
    const ModelSpec* model = m_workspace->model(result.modelId);
    if (result.cached || result.isError() || !model)
        return;
    Sums& cell = m_tokens[ObservedUsage::usageKey(result.category, result.modelId)];
    cell.in += double(result.inputTokens);
    cell.out += double(result.outputTokens);
    ++cell.count;
    // A batch answer's tokens count; its latency is unknown and says nothing of the next run's pace.
    if (!result.hasLatency())
        return;
    Sums& timing = m_latency[result.modelId];
    timing.in += double(result.latencyMs);
    ++timing.count;
    if (result.finishedAt.isValid())
        m_spans[model->provider].add(result.latencyMs, result.finishedAt);
}

ObservedUsage UsageObserver::observed() const
{
    ObservedUsage observed;
    for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it) {
        observed.inputTokens.insert(it.key(), it->in / it->count);
        observed.outputTokens.insert(it.key(), it->out / it->count);
    }
    for (auto it = m_latency.cbegin(); it != m_latency.cend(); ++it)
        observed.latencySeconds.insert(it.key(), it->in / it->count / 1000.0);
    for (auto it = m_spans.cbegin(); it != m_spans.cend(); ++it) {
        const double wallMs = double(it->first.msecsTo(it->last));
        if (wallMs > 0.0)
            observed.parallelism.insert(it.key(), std::max(1.0, it->busyMs / wallMs));
    }
    return observed;
}

ObservedUsage observeUsage(const Workspace& workspace, const QList<ResultRecord>& results)
{
    UsageObserver observer(workspace);
    for (const ResultRecord& result : results)
        observer.add(result);
    return observer.observed();
}
