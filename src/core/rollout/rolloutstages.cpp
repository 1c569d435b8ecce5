// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolloutstages.h"

#include <QtMath>

QList<RolloutStageFigures> rolloutStageFigures(const RolloutPlan& plan, qint64 categoryMonthlyRequests,
                                               std::optional<double> fromCostPerRequest,
                                               std::optional<double> toCostPerRequest)
{
    QList<RolloutStageFigures> figures;
    for (int percent : plan.stages) {
        RolloutStageFigures stage;
        stage.percent = percent;
        stage.newModelRequests = qRound64(double(categoryMonthlyRequests) * percent / 100.0);
        stage.oldModelRequests = categoryMonthlyRequests - stage.newModelRequests;
        const bool known = (stage.newModelRequests == 0 || toCostPerRequest)
            && (stage.oldModelRequests == 0 || fromCostPerRequest);
        if (known)
            stage.monthlyCostUsd = double(stage.newModelRequests) * toCostPerRequest.value_or(0.0)
                + double(stage.oldModelRequests) * fromCostPerRequest.value_or(0.0);
        figures.append(stage);
    }
    return figures;
}
