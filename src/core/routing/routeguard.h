// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"
#include "statistics/runanalysis.h"

#include <optional>

// Why routing a category to a model deserves a second look: its evidence misses the category's bar
// or does not decide it. The text names the evidence: "gpt-4o-mini: 13 of 15 (86.7%) on a 90% bar,
// 30% likely to meet it". Asked wherever a route is chosen (by hand, from a suggestion, an imported
// file or a shadow candidate), and shown beside the route in the routing table.
struct RouteConcern {
    QString category;
    QString modelId;
    bool belowBar = false; // the observed pass rate misses the bar; else undecided
    QString text; // translated

    friend bool operator==(const RouteConcern&, const RouteConcern&) = default;
};

// From a run's cell of the model on the category; none when it clearly meets the bar.
std::optional<RouteConcern> routeConcern(const CellStats& cell);
// From a route's recorded evidence, when no cell of the shown run has the model.
std::optional<RouteConcern> routeConcern(const QString& category, const QString& modelId,
                                         const RouteEvidence& evidence, double threshold);
// The concerns of going from one map to another: the categories whose primary changes (or that gain
// a route) to a model whose evidence misses or does not decide the bar, in the new map's order. The
// new route's own evidence is used when the run has no cell of its primary.
QList<RouteConcern> routingConcerns(const Workspace& workspace, const RunAnalysis& analysis, const RoutingMap& before,
                                    const RoutingMap& after);

// Routing category to modelId: the run's cell first, else the evidence given (of that model); none
// when neither exists: without figures there is nothing to name.
std::optional<RouteConcern> routeConcern(const Workspace& workspace, const RunAnalysis& analysis,
                                         const QString& category, const QString& modelId,
                                         const std::optional<RouteEvidence>& evidence = {});
