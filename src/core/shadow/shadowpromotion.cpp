// SPDX-License-Identifier: GPL-3.0-or-later
// Promoting a Shadow candidate: the route that puts it first, with the evidence its answers give.
#include "shadowcomparison.h"
#include "statistics/betaposterior.h"
#include "statistics/percentile.h"
#include "statistics/proportion.h"

#include <cmath>

Route promotedRoute(const Workspace& workspace, const ShadowComparison& comparison, int candidateIndex,
                    const QDateTime& runDate)
{
    const QString candidate = comparison.candidateModelIds.value(candidateIndex);
    Route route;
    route.category = comparison.category;
    if (const Route* current = workspace.routing.routeFor(comparison.category))
        route = *current;
    QStringList chain { candidate };
    if (comparison.baselineModelId != candidate)
        chain.append(comparison.baselineModelId);
    for (const QString& model : std::as_const(route.chain)) {
        if (!chain.contains(model))
            chain.append(model);
    }
    route.chain = chain.mid(0, 4);
    route.rule = QStringLiteral("manual");
    if (candidateIndex < 0 || candidateIndex >= comparison.summaries.size())
        return route;

    const ShadowSummary& summary = comparison.summaries.at(candidateIndex);
    // With expected outputs the evidence is the candidate's pass rate; on unlabelled inputs it is
    // the share of cases where it did at least as well as the routed model.
    const int good = summary.candidateAccuracy ? int(std::lround(*summary.candidateAccuracy * summary.cases))
                                               : summary.byScore.wins + summary.byScore.ties;
    const Interval interval = wilsonInterval(good, summary.cases);
    RouteEvidence evidence;
    evidence.runId = comparison.runId;
    evidence.date = runDate;
    evidence.cases = summary.cases;
    evidence.accuracy = summary.cases > 0 ? double(good) / summary.cases : 0.0;
    evidence.accuracyLow = interval.lower;
    evidence.accuracyHigh = interval.upper;
    evidence.costPer1k = summary.candidateCostPerRequest() * 1000.0;
    if (const std::optional<qint64> p95 = candidateLatencyP95(comparison, candidateIndex))
        evidence.latencyP95Ms = double(*p95);
    const Category* spec = workspace.category(comparison.category);
    evidence.probMeetsBar = probabilityMeetsBar(good, summary.cases, spec ? spec->threshold : Category {}.threshold);
    route.evidence = evidence;
    return route;
}

std::optional<qint64> candidateLatencyP95(const ShadowComparison& comparison, int candidateIndex)
{
    QList<qint64> latencies;
    for (const ShadowCase& shadowCase : comparison.cases) {
        const ShadowAnswer& answer = shadowCase.candidates.value(candidateIndex).answer;
        if (!answer.failed() && answer.hasLatency())
            latencies.append(answer.latencyMs);
    }
    if (latencies.isEmpty())
        return std::nullopt;
    return nearestRankPercentile(latencies, 95);
}
