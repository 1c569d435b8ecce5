// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cascadesimulation.h"
#include "domain/workspace.h"
#include "statistics/cellstats.h"

// A cascade simulated on a run, with the same per-case figures as a single model's cell: pass rate
// and its interval, the bar verdict, the probability of meeting the bar, cost per request, expected
// total cost. Its cell's modelId is cascadeId(chain).
struct CascadeCell {
    CascadeFigures figures;
    CellStats cell;
    friend bool operator==(const CascadeCell&, const CascadeCell&) = default;
};

struct CascadeCellResult {
    std::optional<CascadeCell> cascade;
    QString error; // translated: why it cannot be simulated
};

// The category's bar and price of errors come from the workspace (bar 0 when it lacks the category).
CascadeCellResult cascadeCell(const Workspace& workspace, const QList<ResultRecord>& results, const QString& category,
                              const QStringList& chain, const ScorerSpec& check);
// The cascades of the workspace's routing map (or of map) that the run can simulate, in route order.
QList<CascadeCell> routeCascades(const Workspace& workspace, const QList<ResultRecord>& results);
QList<CascadeCell> mapCascades(const Workspace& workspace, const RoutingMap& map, const QList<ResultRecord>& results);

Q_DECLARE_METATYPE(CascadeCell)
