// SPDX-License-Identifier: GPL-3.0-or-later
#include "runcomparison.h"

#include <algorithm>

namespace {
// Pairs the cases both runs answered (category, case, model), counted per cell.
QHash<CellKey, PairedCounts> pairRuns(const QList<ResultRecord>& baseline, const QList<ResultRecord>& current)
{
    const QHash<JobKey, CaseOutcome> before = caseOutcomes(baseline, CaseKeying::ByModel);
    const QHash<JobKey, CaseOutcome> after = caseOutcomes(current, CaseKeying::ByModel);
    QHash<CellKey, PairedCounts> pairs;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto found = before.constFind(it.key());
        if (found != before.cend())
            pairs[CellKey { it.key().category, it.key().modelId }].addCase(*found, *it);
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
    const int direction = compareFractions(current.casePasses, current.cases, baseline.casePasses, baseline.cases);
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
