// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/scorerspec.h"
#include "results/resultrecord.h"

#include <optional>

// What a cascade would have done on a run, request by request: the first model's answer is
// checked; a failing answer (or an error) takes the request on to the next model, whose cost and
// latency add up; the last model's answer stands. Exact, since every model of the chain answered
// every request (a case and repeat) of the category in the run.
struct CascadeFigures {
    QString category;
    QStringList chain;
    ScorerSpec check;
    int requests = 0;
    int passes = 0; // the answer that stood passed the category's scorers
    double costPer1kUsd = 0.0; // the first call always, each later one on escalation
    // Of the calls made for a request, added up, over the requests whose calls all had a measured
    // latency; absent when none had (answers collected through a provider's batch API).
    std::optional<qint64> latencyP50Ms;
    std::optional<qint64> latencyP95Ms;
    QList<int> reached; // per model of the chain: requests that reached it

    double passRate() const { return requests > 0 ? double(passes) / requests : 0.0; }
    double escalationRate() const { return requests > 0 && reached.size() > 1 ? double(reached.at(1)) / requests : 0.0; }
    double reachedShare(qsizetype step) const { return requests > 0 ? double(reached.value(step)) / requests : 0.0; }
    friend bool operator==(const CascadeFigures&, const CascadeFigures&) = default;
};

struct CascadeSimulation {
    std::optional<CascadeFigures> figures;
    // One per request, as if the cascade were one model: the answer that stood (its output, score,
    // pass and error), with the cost and latency of every call made added up. Its figures then come
    // from the same per-case statistics as a single model's (cascadeCell()).
    QList<ResultRecord> requests;
    QString error; // translated: why it cannot be simulated
};

// results: the run's results (any categories and models; those of the category and chain count).
CascadeSimulation simulateCascade(const QList<ResultRecord>& results, const QString& category,
                                  const QStringList& chain, const ScorerSpec& check);

// A cascade where a model id is expected, in a cell or on a chart ("cascade:cheap>big"), and its
// label ("cascade cheap→big", translated).
QString cascadeId(const QStringList& chain);
QString cascadeLabel(const QStringList& chain);
inline bool isCascadeId(const QString& id)
{
    return id.startsWith(QLatin1String("cascade:"));
}
