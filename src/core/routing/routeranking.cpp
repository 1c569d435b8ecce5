// SPDX-License-Identifier: GPL-3.0-or-later
#include "routeranking.h"

#include "routesuggestion.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace {
int byCost(const CellStats& a, const CellStats& b)
{
    const double left = a.modelCostPerRequest();
    const double right = b.modelCostPerRequest();
    return left < right ? -1 : (left > right ? 1 : 0);
}

int byTotalCost(const CellStats& a, const CellStats& b)
{
    const double left = a.expectedTotalCostPerRequest();
    const double right = b.expectedTotalCostPerRequest();
    return left < right ? -1 : (left > right ? 1 : 0);
}

int byAccuracy(const CellStats& a, const CellStats& b) // -1: a is more accurate
{
    return -compareFractions(a.casePasses, a.cases, b.casePasses, b.cases);
}

// A model whose latency was not measured (answered through a batch) is never the fastest: it comes
// after every measured one.
int byLatency(const CellStats& a, const CellStats& b)
{
    if (!a.latencyP95Ms || !b.latencyP95Ms)
        return a.latencyP95Ms ? -1 : (b.latencyP95Ms ? 1 : 0);
    return *a.latencyP95Ms < *b.latencyP95Ms ? -1 : (*a.latencyP95Ms > *b.latencyP95Ms ? 1 : 0);
}

int byStability(const CellStats& a, const CellStats& b)
{
    return -compareRates(a.stableCases, a.cases, b.stableCases, b.cases);
}

int byTarget(OptimisationTarget target, const CellStats& a, const CellStats& b)
{
    switch (target) {
    case OptimisationTarget::CheapestPassing:
        return byCost(a, b);
    case OptimisationTarget::MostAccurate:
        return byAccuracy(a, b);
    case OptimisationTarget::FastestPassing:
        return byLatency(a, b);
    case OptimisationTarget::MostStable:
        if (const int stability = byStability(a, b))
            return stability;
        return byAccuracy(a, b);
    case OptimisationTarget::LowestTotalCost:
        return byTotalCost(a, b);
    }
    return 0;
}

// Wilson intervals on the cases with k and n grown by the same factor, the rate held.
bool intervalsPart(const CellStats& high, const CellStats& low, double factor)
{
    const auto grown = [factor](double count) { return std::round(count * factor); };
    const Interval upper = wilsonInterval(grown(high.casePasses), grown(high.cases));
    const Interval lower = wilsonInterval(grown(low.casePasses), grown(low.cases));
    return upper.lower > lower.upper;
}

bool pairsPart(const PairedCounts& counts, double factor)
{
    const auto grown = [factor](qint64 count) { return qint64(std::llround(double(count) * factor)); };
    return mcnemarExactP(grown(counts.onlyFirst), grown(counts.onlySecond)) < separationAlpha;
}

// The smallest number of more cases (of `cases`) at which parts(factor) holds, or the cap.
template <typename Parts> std::pair<qint64, bool> casesToPart(qint64 cases, Parts parts)
{
    const qint64 base = std::max<qint64>(1, cases);
    const auto partsWith = [&](qint64 more) { return parts(double(base + more) / double(base)); };
    if (!partsWith(defaultDecideCap))
        return { defaultDecideCap, true };
    qint64 low = 0; // does not part
    qint64 high = defaultDecideCap; // parts
    while (high - low > 1) {
        const qint64 middle = (low + high) / 2;
        (partsWith(middle) ? high : low) = middle;
    }
    return { high, false };
}
} // namespace

bool ranksBefore(OptimisationTarget target, const CellStats& a, const CellStats& b)
{
    if (const int order = byTarget(target, a, b))
        return order < 0;
    if (const int cost = byCost(a, b))
        return cost < 0;
    if (const int accuracy = byAccuracy(a, b))
        return accuracy < 0;
    return a.modelId < b.modelId;
}

QList<CellStats> rankedCells(OptimisationTarget target, QList<CellStats> cells)
{
    std::stable_sort(cells.begin(), cells.end(),
                     [target](const CellStats& a, const CellStats& b) { return ranksBefore(target, a, b); });
    return cells;
}

bool ranksByProportion(OptimisationTarget target, const CellStats& winner, const CellStats& runnerUp)
{
    if (target == OptimisationTarget::MostAccurate)
        return true;
    return target == OptimisationTarget::MostStable && byStability(winner, runnerUp) == 0;
}

Separation separation(const CellStats& winner, const CellStats& runnerUp, const PairedCounts* paired)
{
    Separation result;
    const qint64 cases = std::max(winner.cases, runnerUp.cases);
    if (paired && paired->pairs() > 0) {
        result.paired = true;
        result.pValue = paired->pValue();
        result.separated = result.pValue < separationAlpha;
        result.tie = paired->onlyFirst == paired->onlySecond;
        if (!result.separated && !result.tie)
            std::tie(result.moreCases, result.beyondCap)
                = casesToPart(cases, [paired](double factor) { return pairsPart(*paired, factor); });
        return result;
    }
    result.separated = intervalsPart(winner, runnerUp, 1.0);
    result.tie = compareFractions(winner.casePasses, winner.cases, runnerUp.casePasses, runnerUp.cases) == 0;
    if (!result.separated && !result.tie)
        std::tie(result.moreCases, result.beyondCap) = casesToPart(
            cases, [&winner, &runnerUp](double factor) { return intervalsPart(winner, runnerUp, factor); });
    return result;
}

QList<ResultRecord> cellResults(const QList<ResultRecord>& results, const QString& category, const QString& modelId)
{
    QList<ResultRecord> cell;
    for (const ResultRecord& result : results) {
        if (result.category == category && result.modelId == modelId)
            cell.append(result);
    }
    return cell;
}
