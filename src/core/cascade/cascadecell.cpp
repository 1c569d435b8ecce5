// SPDX-License-Identifier: GPL-3.0-or-later
#include "cascadecell.h"

CascadeCellResult cascadeCell(const Workspace& workspace, const QList<ResultRecord>& results, const QString& category,
                              const QStringList& chain, const ScorerSpec& check)
{
    const CascadeSimulation simulation = simulateCascade(results, category, chain, check);
    if (!simulation.figures)
        return { std::nullopt, simulation.error };
    const Category* spec = workspace.category(category);
    CellStats cell = cellStats(simulation.requests, spec ? spec->threshold : 0.0,
                               spec ? spec->errorCostUsd : std::nullopt);
    cell.category = category;
    cell.modelId = cascadeId(chain);
    return { CascadeCell { *simulation.figures, cell }, QString() };
}

QList<CascadeCell> routeCascades(const Workspace& workspace, const QList<ResultRecord>& results)
{
    return mapCascades(workspace, workspace.routing, results);
}

QList<CascadeCell> mapCascades(const Workspace& workspace, const RoutingMap& map, const QList<ResultRecord>& results)
{
    QList<CascadeCell> cascades;
    for (const Route& route : map.routes) {
        if (!route.cascadeCheck)
            continue;
        const CascadeCellResult simulated
            = cascadeCell(workspace, results, route.category, route.chain, *route.cascadeCheck);
        if (simulated.cascade)
            cascades.append(*simulated.cascade);
    }
    return cascades;
}
