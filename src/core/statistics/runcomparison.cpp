// SPDX-License-Identifier: GPL-3.0-or-later
#include "runcomparison.h"

#include <algorithm>

namespace {
// Pairs the trials of both runs by their job (category, case, model, repeat), counted per cell.
QHash<CellKey, PairedCounts> pairRuns(const QList<ResultRecord>& baseline, const QList<ResultRecord>& current)
{
    QHash<JobKey, bool> before;
    before.reserve(baseline.size());
    for (const ResultRecord& result : baseline)
        before.insert(result.job(), countsAsPass(result));
    QHash<CellKey, PairedCounts> pairs;
    for (const ResultRecord& result : current) {
        const auto it = before.constFind(result.job());
        if (it != before.cend())
            pairs[CellKey { result.category, result.modelId }].add(*it, countsAsPass(result));
    }
    return pairs;
}

bool beyondChance(const Interval& lower, const Interval& higher, qint64 discordantAgainst, qint64 discordantFor,
                  double pValue)
{
    return lower.upper < higher.lower || (pValue < regressionAlpha && discordantAgainst > discordantFor);
}

CellChange change(const CellStats& baseline, const CellStats& current, const PairedCounts& shared)
{
    CellChange result { baseline, current };
    result.accuracyChange = current.passRate() - baseline.passRate();
    result.costPer1kChange = current.costPer1kRequests() - baseline.costPer1kRequests();
    result.shared = shared;
    const int direction = compareRates(current.passes, current.trials, baseline.passes, baseline.trials);
    const double p = shared.pValue();
    result.regression = direction < 0
        && beyondChance(current.passInterval, baseline.passInterval, shared.onlyFirst, shared.onlySecond, p);
    result.improvement = direction > 0
        && beyondChance(baseline.passInterval, current.passInterval, shared.onlySecond, shared.onlyFirst, p);
    return result;
}

QList<CellKey> missingFrom(const RunAnalysis& from, const RunAnalysis& other)
{
    QList<CellKey> missing;
    for (const CellStats& cell : from.cells) {
        if (!other.cell(cell.category, cell.modelId))
            missing.append(cell.key());
    }
    return missing;
}
} // namespace

int RunComparison::regressionCount() const
{
    return int(std::count_if(changes.cbegin(), changes.cend(), [](const CellChange& c) { return c.regression; }));
}

int RunComparison::improvementCount() const
{
    return int(std::count_if(changes.cbegin(), changes.cend(), [](const CellChange& c) { return c.improvement; }));
}

RunComparison compareRuns(const Workspace& workspace, const QList<ResultRecord>& baseline,
                          const QList<ResultRecord>& current)
{
    const RunAnalysis before = analyseRun(workspace, baseline);
    const RunAnalysis after = analyseRun(workspace, current);
    const QHash<CellKey, PairedCounts> pairs = pairRuns(baseline, current);
    RunComparison comparison { before.runId, after.runId };
    for (const CellStats& cell : after.cells) {
        if (const CellStats* old = before.cell(cell.category, cell.modelId))
            comparison.changes.append(change(*old, cell, pairs.value(cell.key())));
    }
    comparison.onlyInBaseline = missingFrom(before, after);
    comparison.onlyInCurrent = missingFrom(after, before);
    return comparison;
}
