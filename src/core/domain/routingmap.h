// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scorerspec.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QStringList>

#include <optional>

// The model the route's target ranked next to its primary, with the same run's figures.
struct RunnerUpEvidence {
    QString model;
    double accuracy = 0.0;
    double accuracyLow = 0.0; // 95% Wilson interval
    double accuracyHigh = 0.0;
    double costPer1k = 0.0; // US dollars per 1,000 requests
    std::optional<double> latencyP95Ms; // absent: not measured (answered through a provider's batch API)
    std::optional<double> probMeetsBar; // P(true pass rate >= the category's bar), where computed
    friend bool operator==(const RunnerUpEvidence&, const RunnerUpEvidence&) = default;
};

// Why a route was chosen: the run's figures for its primary model.
struct RouteEvidence {
    QString runId;
    QDateTime date;
    int cases = 0;
    double accuracy = 0.0;
    double accuracyLow = 0.0; // 95% Wilson interval
    double accuracyHigh = 0.0;
    double costPer1k = 0.0; // US dollars per 1,000 requests
    std::optional<double> latencyP95Ms; // absent: not measured (answered through a provider's batch API)
    std::optional<double> probMeetsBar; // P(true pass rate >= the category's bar), where computed
    std::optional<RunnerUpEvidence> runnerUp;
    friend bool operator==(const RouteEvidence&, const RouteEvidence&) = default;
};

// A change of a route's primary made gradually: the new model takes a growing share of the
// category's traffic, stage by stage, while the old one serves the rest. Both keep the route's
// fallbacks behind them.
struct RolloutPlan {
    QString from; // the route's primary while the plan runs
    QString to; // the model that takes over
    QList<int> stages { 5, 25, 50, 100 }; // percent of the traffic on `to`, ascending
    int stage = 5; // the current share, one of stages

    qsizetype stageIndex() const { return stages.indexOf(stage); }
    friend bool operator==(const RolloutPlan&, const RolloutPlan&) = default;
};

struct Route {
    QString category;
    QStringList chain; // model ids: primary first, then up to three fallbacks
    QString rule; // an optimisation target key, or "manual"
    std::optional<RouteEvidence> evidence;
    std::optional<RolloutPlan> rollout;
    // Set: the route is a cascade. The primary answers first; an answer that fails this check
    // (one that needs no expected output: is-json, regex, word-count, ...) goes on to the next
    // model of the chain, whose answer is checked in turn; the last model's answer stands.
    std::optional<ScorerSpec> cascadeCheck;

    QString primary() const { return chain.value(0); }
    QStringList fallbacks() const { return chain.mid(1); }
    friend bool operator==(const Route&, const Route&) = default;
};

struct RoutingMap {
    QList<Route> routes;
    QStringList defaultChain; // for categories the map does not name

    const Route* routeFor(const QString& category) const;
    bool isEmpty() const { return routes.isEmpty() && defaultChain.isEmpty(); }
    friend bool operator==(const RoutingMap&, const RoutingMap&) = default;
};

Q_DECLARE_METATYPE(Route)
