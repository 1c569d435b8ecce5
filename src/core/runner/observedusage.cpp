// SPDX-License-Identifier: GPL-3.0-or-later
// Figures of earlier runs for the estimate of the next one.
#include "runestimate.h"

#include <algorithm>

namespace {
struct Sums {
    double in = 0.0;
    double out = 0.0;
    int count = 0;
};

// One provider's calls: their summed latency and the span of time they covered.
struct Span {
    double busyMs = 0.0;
    QDateTime first;
    QDateTime last;

    void add(const ResultRecord& result)
    {
        busyMs += double(result.latencyMs);
        const QDateTime started = result.finishedAt.addMSecs(-result.latencyMs);
        first = first.isValid() ? std::min(first, started) : started;
        last = last.isValid() ? std::max(last, result.finishedAt) : result.finishedAt;
    }
};
} // namespace

ObservedUsage observeUsage(const Workspace& workspace, const QList<ResultRecord>& results)
{
    QHash<QString, Sums> tokens;
    QHash<QString, Sums> latency; // in: the summed latency in ms
    QHash<QString, Span> spans;
    for (const ResultRecord& result : results) {
        const ModelSpec* model = workspace.model(result.modelId);
        if (result.cached || result.isError() || !model)
            continue;
        Sums& cell = tokens[ObservedUsage::usageKey(result.category, result.modelId)];
        cell.in += double(result.inputTokens);
        cell.out += double(result.outputTokens);
        ++cell.count;
        Sums& timing = latency[result.modelId];
        timing.in += double(result.latencyMs);
        ++timing.count;
        if (result.finishedAt.isValid())
            spans[model->provider].add(result);
    }
    ObservedUsage observed;
    for (auto it = tokens.cbegin(); it != tokens.cend(); ++it) {
        observed.inputTokens.insert(it.key(), it->in / it->count);
        observed.outputTokens.insert(it.key(), it->out / it->count);
    }
    for (auto it = latency.cbegin(); it != latency.cend(); ++it)
        observed.latencySeconds.insert(it.key(), it->in / it->count / 1000.0);
    for (auto it = spans.cbegin(); it != spans.cend(); ++it) {
        const double wallMs = double(it->first.msecsTo(it->last));
        if (wallMs > 0.0)
            observed.parallelism.insert(it.key(), std::max(1.0, it->busyMs / wallMs));
    }
    return observed;
}
