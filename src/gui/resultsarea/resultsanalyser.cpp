// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultsanalyser.h"

#include "common/background.h"
#include "freshness/cacheuse.h"

namespace {
// One run alone: all its results, its cells marked stale where the category changed since.
ShownEvidence analyseOneRun(const Workspace& workspace, const RunInfo& run, const QList<ResultRecord>& results)
{
    return { analyseRun(workspace, results), results, latestEvidence(workspace, { RunResults { run, results } }),
             CacheWarning::text(cacheUseOf(results)) };
}

// The latest evidence per cell across runs, stale cells left out.
ShownEvidence analyseLatest(const Workspace& workspace, const QList<RunResults>& runs)
{
    LatestEvidence evidence = latestEvidence(workspace, runs);
    const QList<ResultRecord> results = evidence.results;
    return { analyseRun(workspace, results), results, std::move(evidence), CacheWarning::text(cacheUseOf(results)) };
}
} // namespace

void ResultsAnalyser::startAnalysis(const Workspace& workspace, quint64 generation)
{
    if (!holdsLatest() && results().isEmpty()) {
        setAnalysing(false);
        Q_EMIT runWithoutResults(runId());
        return;
    }
    QFuture<ShownEvidence> analysing = holdsLatest() ? Background::run(analyseLatest, workspace, runs())
                                                     : Background::run(analyseOneRun, workspace, run(), results());
    finishAnalysis(analysing, generation, [this](const ShownEvidence& shown) {
        setShownResults(shown.results);
        Q_EMIT analysed(shown);
    });
}
