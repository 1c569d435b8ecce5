// SPDX-License-Identifier: GPL-3.0-or-later
#include "routinganalyser.h"

#include "common/background.h"
#include "freshness/cacheuse.h"

namespace {
RouteAnalysis analyseAndSuggest(const Workspace& workspace, const RunInfo& run, const QList<ResultRecord>& results)
{
    RouteAnalysis analysed;
    analysed.analysis = analyseRun(workspace, results);
    analysed.suggestions = suggestRoutes(workspace, analysed.analysis, results);
    analysed.defaultChain = suggestDefaultChain(workspace, analysed.analysis);
    analysed.pricingShifts = repriceRun(workspace, run, results).shifts;
    analysed.cacheWarning = CacheWarning::text(cacheUseOf(results));
    analysed.cascades = routeCascades(workspace, results);
    return analysed;
}

// The same for the latest evidence per cell across runs, judged against the workspace as it is now.
RouteAnalysis analyseLatest(const Workspace& workspace, const QList<RunResults>& runs)
{
    RouteAnalysis analysed;
    analysed.evidence = latestEvidence(workspace, runs);
    const QList<ResultRecord>& results = analysed.evidence.results;
    analysed.analysis = analyseRun(workspace, results);
    analysed.suggestions = labelledWithCells(suggestRoutes(workspace, analysed.analysis, results), analysed.evidence);
    analysed.defaultChain = suggestDefaultChain(workspace, analysed.analysis);
    analysed.pricingShifts = repriceLatest(workspace, analysed.evidence).shifts;
    analysed.cacheWarning = CacheWarning::text(cacheUseOf(results));
    analysed.cascades = routeCascades(workspace, results);
    return analysed;
}
} // namespace

void RoutingAnalyser::startAnalysis(const Workspace& workspace, quint64 generation)
{
    QFuture<RouteAnalysis> analysing = holdsLatest() ? Background::run(analyseLatest, workspace, runs())
                                                     : Background::run(analyseAndSuggest, workspace, run(), results());
    const quint64 cascades = cascadeGeneration();
    finishAnalysis(analysing, generation, [this, cascades](const RouteAnalysis& analysed) {
        RouteAnalysis delivered = analysed;
        delivered.cascadesCurrent = cascades == cascadeGeneration();
        if (holdsLatest())
            setShownResults(analysed.evidence.results);
        Q_EMIT this->analysed(delivered);
        if (!delivered.cascadesCurrent)
            simulateCascades(); // the newer map on these results
    });
}
