// SPDX-License-Identifier: GPL-3.0-or-later
#include "runanalysis.h"

#include "celltally.h"
#include "runcomparison.h"

#include <algorithm>
#include <vector>

namespace {
using NameOf = const QString& (CellTally::*)() const;

QStringList categoryNames(const Workspace& workspace)
{
    QStringList names;
    for (const Category& category : workspace.categories)
        names.append(category.name);
    return names;
}

QStringList modelIdsOf(const Workspace& workspace)
{
    QStringList ids;
    for (const ModelSpec& model : workspace.models)
        ids.append(model.id);
    return ids;
}

// The names the tallies carry: in the workspace's order first, then the others as first met.
QStringList orderedNames(const QStringList& known, const std::vector<CellTally>& tallies, NameOf name)
{
    QSet<QString> present;
    for (const CellTally& tally : tallies)
        present.insert((tally.*name)());
    QStringList ordered;
    for (const QString& candidate : known) {
        if (present.remove(candidate))
            ordered.append(candidate);
    }
    for (const CellTally& tally : tallies) {
        if (present.remove((tally.*name)()))
            ordered.append((tally.*name)());
    }
    return ordered;
}

QHash<QString, qsizetype> ranks(const QStringList& names)
{
    QHash<QString, qsizetype> rank;
    for (qsizetype i = 0; i < names.size(); ++i)
        rank.insert(names.at(i), i);
    return rank;
}

std::vector<CellTally> groupResults(const QList<ResultRecord>& results)
{
    std::vector<CellTally> tallies;
    QHash<CellKey, size_t> index;
    size_t current = 0;
    for (const ResultRecord& result : results) {
        // Results usually come cell by cell: the hash is asked only when the cell changes.
        if (tallies.empty() || result.category != tallies[current].category()
            || result.modelId != tallies[current].modelId()) {
            const CellKey key { result.category, result.modelId };
            const auto found = index.constFind(key);
            if (found != index.cend()) {
                current = *found;
            } else {
                current = tallies.size();
                index.insert(key, current);
                tallies.emplace_back(result.category, result.modelId);
            }
        }
        tallies[current].add(result);
    }
    return tallies;
}

using Bar = std::pair<double, std::optional<double>>; // a category's threshold and price of an error

Bar barOf(const Workspace& workspace, const QString& category)
{
    const Category* found = workspace.category(category);
    return found ? Bar { found->threshold, found->errorCostUsd } : Bar { Category {}.threshold, std::nullopt };
}

QList<CellStats> cellsInOrder(const Workspace& workspace, const std::vector<CellTally>& tallies,
                              const QStringList& categories, const QStringList& modelIds)
{
    QHash<QString, Bar> bars;
    for (const QString& category : categories)
        bars.insert(category, barOf(workspace, category));
    QList<CellStats> cells;
    cells.reserve(qsizetype(tallies.size()));
    for (const CellTally& tally : tallies) {
        const auto [threshold, errorCost] = bars.value(tally.category());
        cells.append(tally.stats(threshold, errorCost));
    }
    const auto categoryRank = ranks(categories);
    const auto modelRank = ranks(modelIds);
    std::sort(cells.begin(), cells.end(), [&](const CellStats& a, const CellStats& b) {
        const qsizetype ca = categoryRank.value(a.category), cb = categoryRank.value(b.category);
        return ca != cb ? ca < cb : modelRank.value(a.modelId) < modelRank.value(b.modelId);
    });
    return cells;
}
} // namespace

const CellStats* RunAnalysis::cell(const QString& category, const QString& modelId) const
{
    const auto it = m_cellIndex.constFind(CellKey { category, modelId });
    return it == m_cellIndex.cend() ? nullptr : &cells.at(*it);
}

QList<CellStats> RunAnalysis::cellsOfCategory(const QString& category) const
{
    QList<CellStats> found;
    for (const QString& modelId : modelIds) {
        if (const CellStats* stats = cell(category, modelId))
            found.append(*stats);
    }
    return found;
}

QList<CellStats> RunAnalysis::cellsOfModel(const QString& modelId) const
{
    QList<CellStats> found;
    for (const QString& category : categories) {
        if (const CellStats* stats = cell(category, modelId))
            found.append(*stats);
    }
    return found;
}

const CategoryFrontier* RunAnalysis::frontier(const QString& category) const
{
    const auto it = std::find_if(frontiers.cbegin(), frontiers.cend(),
                                 [&](const CategoryFrontier& f) { return f.category == category; });
    return it == frontiers.cend() ? nullptr : &*it;
}

const ModelAggregate* RunAnalysis::model(const QString& modelId) const
{
    const auto it
        = std::find_if(models.cbegin(), models.cend(), [&](const ModelAggregate& m) { return m.modelId == modelId; });
    return it == models.cend() ? nullptr : &*it;
}

RunAnalysis analyseRun(const Workspace& workspace, const QList<ResultRecord>& results)
{
    RunAnalysis analysis;
    analysis.runId = results.isEmpty() ? QString() : results.constFirst().runId;
    const std::vector<CellTally> tallies = groupResults(results);
    analysis.categories = orderedNames(categoryNames(workspace), tallies, &CellTally::category);
    analysis.modelIds = orderedNames(modelIdsOf(workspace), tallies, &CellTally::modelId);
    analysis.cells = cellsInOrder(workspace, tallies, analysis.categories, analysis.modelIds);
    analysis.m_cellIndex.reserve(analysis.cells.size());
    for (qsizetype i = 0; i < analysis.cells.size(); ++i)
        analysis.m_cellIndex.insert(analysis.cells.at(i).key(), i);
    for (const QString& category : std::as_const(analysis.categories))
        analysis.frontiers.append(paretoFrontier(category, analysis.cellsOfCategory(category)));
    for (const QString& modelId : std::as_const(analysis.modelIds))
        analysis.models.append(aggregateModel(workspace, modelId, analysis.cellsOfModel(modelId)));
    return analysis;
}

void registerStatisticsMetaTypes()
{
    qRegisterMetaType<Interval>();
    qRegisterMetaType<BarVerdict>();
    qRegisterMetaType<PairedCounts>();
    qRegisterMetaType<CellKey>();
    qRegisterMetaType<CellStats>();
    qRegisterMetaType<CategoryFrontier>();
    qRegisterMetaType<ModelAggregate>();
    qRegisterMetaType<RunAnalysis>();
    qRegisterMetaType<CellChange>();
    qRegisterMetaType<RunComparison>();
}
