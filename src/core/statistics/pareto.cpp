// SPDX-License-Identifier: GPL-3.0-or-later
#include "pareto.h"

#include <algorithm>

namespace {
int compareAccuracy(const CellStats& a, const CellStats& b)
{
    return compareFractions(a.casePasses, a.cases, b.casePasses, b.cases);
}

bool dominates(const CellStats& a, const CellStats& b)
{
    const double costA = a.costPer1kRequests();
    const double costB = b.costPer1kRequests();
    const int accuracy = compareAccuracy(a, b);
    return costA <= costB && accuracy >= 0 && (costA < costB || accuracy > 0);
}

bool cheaperFirst(const CellStats& a, const CellStats& b)
{
    if (a.costPer1kRequests() != b.costPer1kRequests())
        return a.costPer1kRequests() < b.costPer1kRequests();
    if (const int accuracy = compareAccuracy(a, b))
        return accuracy > 0;
    return a.modelId < b.modelId;
}
} // namespace

CategoryFrontier paretoFrontier(const QString& category, const QList<CellStats>& cells)
{
    QList<CellStats> frontier;
    for (const CellStats& cell : cells) {
        if (cell.trials == 0)
            continue;
        const bool dominated = std::any_of(cells.cbegin(), cells.cend(), [&](const CellStats& other) {
            return other.trials > 0 && dominates(other, cell);
        });
        if (!dominated)
            frontier.append(cell);
    }
    std::sort(frontier.begin(), frontier.end(), cheaperFirst);
    CategoryFrontier result { category, {} };
    for (const CellStats& cell : std::as_const(frontier))
        result.modelIds.append(cell.modelId);
    return result;
}
