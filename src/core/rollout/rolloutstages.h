// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/routingmap.h"

#include <optional>

// What each stage of a rollout means in a month of the category's traffic.
struct RolloutStageFigures {
    int percent = 0; // of the category's requests on the new model
    qint64 newModelRequests = 0;
    qint64 oldModelRequests = 0;
    std::optional<double> monthlyCostUsd; // unknown when a model that takes traffic has no known cost
    friend bool operator==(const RolloutStageFigures&, const RolloutStageFigures&) = default;
};

// One entry per stage of the plan. Costs are per request, of each model on this category; an
// unknown cost is never counted as $0.
QList<RolloutStageFigures> rolloutStageFigures(const RolloutPlan& plan, qint64 categoryMonthlyRequests,
                                               std::optional<double> fromCostPerRequest,
                                               std::optional<double> toCostPerRequest);
