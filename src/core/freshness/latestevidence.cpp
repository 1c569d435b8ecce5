// SPDX-License-Identifier: GPL-3.0-or-later
#include "latestevidence.h"

#include "runsnapshot.h"

#include <algorithm>
#include <QHash>
#include <QSet>

namespace {
using CellId = std::pair<QString, QString>;

QList<RunResults> countedRuns(QList<RunResults> runs)
{
    runs.removeIf([](const RunResults& entry) { return !entry.run.settings.shadow.isEmpty(); });
    std::stable_sort(runs.begin(), runs.end(), [](const RunResults& a, const RunResults& b) {
        return a.run.startedAt > b.run.startedAt;
    });
    if (!runs.isEmpty()) {
        const bool simulated = runs.constFirst().run.simulated;
        runs.removeIf([simulated](const RunResults& entry) { return entry.run.simulated != simulated; });
    }
    return runs;
}

// Whether a run's results for a category still hold for the category as the workspace has it.
bool isCurrent(const Workspace& workspace, const RunSnapshot& snapshot, const QString& category)
{
    const Category* now = workspace.category(category);
    const auto digest = snapshot.categoryDigests.constFind(category);
    return !now || digest == snapshot.categoryDigests.cend() || *digest == categoryDigest(*now);
}

// The cells a run answered, in the order first met.
QList<CellId> cellsOf(const QList<ResultRecord>& results)
{
    QList<CellId> cells;
    QSet<CellId> seen;
    for (const ResultRecord& result : results) {
        const CellId id { result.category, result.modelId };
        if (!seen.contains(id)) {
            seen.insert(id);
            cells.append(id);
        }
    }
    return cells;
}

int orderOf(const QStringList& order, const QString& name)
{
    const qsizetype index = order.indexOf(name);
    return index < 0 ? int(order.size()) : int(index);
}

void sortCells(QList<EvidenceCell>& cells, const Workspace& workspace)
{
    QStringList categories, models;
    for (const Category& category : workspace.categories)
        categories.append(category.name);
    for (const ModelSpec& model : workspace.models)
        models.append(model.id);
    std::stable_sort(cells.begin(), cells.end(), [&](const EvidenceCell& a, const EvidenceCell& b) {
        return std::pair(orderOf(categories, a.category), orderOf(models, a.modelId))
            < std::pair(orderOf(categories, b.category), orderOf(models, b.modelId));
    });
}
} // namespace

const EvidenceCell* LatestEvidence::cell(const QString& category, const QString& modelId) const
{
    for (const EvidenceCell& cell : cells) {
        if (cell.category == category && cell.modelId == modelId)
            return &cell;
    }
    return nullptr;
}

int LatestEvidence::staleCount() const
{
    return int(std::count_if(cells.cbegin(), cells.cend(), [](const EvidenceCell& cell) { return cell.stale; }));
}

const RunInfo* LatestEvidence::run(const QString& runId) const
{
    for (const RunInfo& candidate : runs) {
        if (candidate.id == runId)
            return &candidate;
    }
    return nullptr;
}

QList<std::pair<QString, QString>> LatestEvidence::missingCells(const Workspace& workspace) const
{
    QList<CellId> missing;
    for (const Category& category : workspace.categories) {
        for (const ModelSpec& model : workspace.models) {
            const EvidenceCell* found = cell(category.name, model.id);
            if (!found || found->stale)
                missing.append({ category.name, model.id });
        }
    }
    return missing;
}

LatestEvidence latestEvidence(const Workspace& workspace, const QList<RunResults>& runs)
{
    struct Choice {
        qsizetype run = 0; // index in counted
        bool stale = false;
    };
    const QList<RunResults> counted = countedRuns(runs);
    QHash<CellId, Choice> chosen;
    QList<CellId> order;
    for (qsizetype i = 0; i < counted.size(); ++i) {
        const RunSnapshot snapshot = RunSnapshot::fromJson(counted.at(i).run.settings.snapshot);
        for (const CellId& id : cellsOf(counted.at(i).results)) {
            const bool current = isCurrent(workspace, snapshot, id.first);
            const auto found = chosen.find(id);
            if (found == chosen.end()) {
                chosen.insert(id, { i, !current });
                order.append(id);
            } else if (found->stale && current) {
                *found = { i, false }; // an older run still answers today's category
            }
        }
    }
    LatestEvidence evidence;
    for (const CellId& id : std::as_const(order)) {
        const Choice choice = chosen.value(id);
        const RunInfo& run = counted.at(choice.run).run;
        evidence.cells.append({ id.first, id.second, run.id, run.startedAt, choice.stale });
    }
    for (qsizetype i = 0; i < counted.size(); ++i) {
        for (const ResultRecord& result : counted.at(i).results) {
            const Choice choice = chosen.value({ result.category, result.modelId });
            if (choice.run != i || choice.stale)
                continue;
            evidence.results.append(result);
            if (!evidence.runIds.contains(counted.at(i).run.id)) {
                evidence.runIds.append(counted.at(i).run.id);
                evidence.runs.append(counted.at(i).run);
            }
        }
    }
    sortCells(evidence.cells, workspace);
    return evidence;
}

QList<RouteSuggestion> labelledWithCells(QList<RouteSuggestion> suggestions, const LatestEvidence& evidence)
{
    for (RouteSuggestion& suggestion : suggestions) {
        const EvidenceCell* cell = evidence.cell(suggestion.category, suggestion.chain.value(0));
        if (suggestion.evidence && cell) {
            suggestion.evidence->runId = cell->runId;
            suggestion.evidence->date = cell->runDate;
        }
    }
    return suggestions;
}

QList<RouteSuggestion> suggestFromLatest(const Workspace& workspace, const LatestEvidence& evidence)
{
    const RunAnalysis analysis = analyseRun(workspace, evidence.results);
    return labelledWithCells(suggestRoutes(workspace, analysis, evidence.results), evidence);
}
