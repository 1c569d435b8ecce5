// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"

#include <optional>

// The edits of a route's rollout plan. Each returns the route as it would be after the edit, or
// why the edit cannot be made (translated); the caller stores the route (an undoable command in
// the GUI, the workspace file on the command line).
struct RolloutEdit {
    std::optional<Route> route;
    QString error;
    bool ok() const { return route.has_value(); }
};

QList<int> defaultRolloutStages(); // 5, 25, 50, 100
// "5,25,50,100": ascending whole percentages from 1 to 100.
std::optional<QList<int>> parseRolloutStages(const QString& text, QString* error);
QString rolloutStagesText(const QList<int>& stages); // "5, 25, 50, 100%"
// Why stages cannot be a plan's stages; empty when they can.
QString rolloutStagesProblem(const QList<int>& stages);

// Starts moving the route from its primary to `to` at the first stage (or at `stage`, one of
// stages). Replaces a plan already running.
RolloutEdit startRollout(const Workspace& workspace, const Route& route, const QString& to,
                         const QList<int>& stages = defaultRolloutStages(), std::optional<int> stage = {});
RolloutEdit setRolloutStage(const Route& route, int percent);
RolloutEdit advanceRollout(const Route& route); // to the next stage; at the last one it says to finish
// The new model becomes the primary (the route's fallbacks stay behind it); the rule becomes manual
// and the old primary's evidence goes, as it no longer describes the route.
RolloutEdit finishRollout(const Route& route);
RolloutEdit abandonRollout(const Route& route); // the old primary keeps all the traffic

// The chains a route's traffic is split over, with their share in percent, old primary first;
// one chain at 100% without a plan. Chains with no share are left out.
struct WeightedChain {
    QStringList chain;
    int percent = 100;
    friend bool operator==(const WeightedChain&, const WeightedChain&) = default;
};
QList<WeightedChain> trafficSplit(const Route& route);
