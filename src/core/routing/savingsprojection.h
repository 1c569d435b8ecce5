// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cascade/cascadecell.h"
#include "domain/workspace.h"
#include "statistics/runanalysis.h"

#include <optional>

// The application's monthly requests and how they split between categories; taken from the workspace
// and edited in the GUI without touching it.
struct TrafficMix {
    qint64 monthlyRequests = 0;
    QHash<QString, double> shares; // category -> share of the requests, 0..1

    double coveredShare() const; // the shares added up, at most 1
    static TrafficMix fromWorkspace(const Workspace& workspace);
    friend bool operator==(const TrafficMix&, const TrafficMix&) = default;
};

// One category's requests under the map, the baseline model and the previous map. A cost whose
// figures are missing (no cell in the run, no evidence, no route) is not known: its flag is false
// and its amount 0, never an invented price.
struct CategoryProjection {
    QString category; // empty: the traffic no category names, served by the default chain
    double trafficShare = 0.0;
    QString modelId; // the map's primary for the category
    QString previousModelId;
    double monthlyCostUsd = 0.0;
    double baselineMonthlyCostUsd = 0.0;
    double previousMonthlyCostUsd = 0.0;
    bool costKnown = false;
    bool baselineCostKnown = false;
    bool previousCostKnown = false;
    std::optional<double> accuracy, baselineAccuracy, previousAccuracy;
    // When the category prices a wrong answer: requests x (1 - accuracy) x that price, for the map, the
    // baseline and the previous map. Unknown (flag false, amount 0) when the accuracy is.
    std::optional<double> errorCostUsd;
    double monthlyErrorCostUsd = 0.0;
    double baselineMonthlyErrorCostUsd = 0.0;
    double previousMonthlyErrorCostUsd = 0.0;
    bool errorCostKnown = false;
    bool baselineErrorCostKnown = false;
    bool previousErrorCostKnown = false;

    bool isOtherTraffic() const { return category.isEmpty(); }
    // The map's accuracy minus the previous map's, when both are known.
    std::optional<double> accuracyChange() const;
    friend bool operator==(const CategoryProjection&, const CategoryProjection&) = default;
};

struct SavingsProjection {
    qint64 monthlyRequests = 0;
    QString baselineModelId;
    double mapMonthlyCostUsd = 0.0; // the known parts added up
    double baselineMonthlyCostUsd = 0.0;
    double previousMonthlyCostUsd = 0.0;
    bool mapCostKnown = true; // false when a part with traffic has an unknown cost
    bool baselineCostKnown = true;
    bool previousCostKnown = true;
    QList<CategoryProjection> categories; // the mix's categories in workspace order, then other traffic
    // The expected cost of wrong answers, over the categories that price them; traffic of categories
    // without a price adds nothing. errorsPriced: some category with traffic prices its errors.
    bool errorsPriced = false;
    double mapMonthlyErrorCostUsd = 0.0;
    double baselineMonthlyErrorCostUsd = 0.0;
    double previousMonthlyErrorCostUsd = 0.0;
    bool mapErrorCostKnown = true;
    bool baselineErrorCostKnown = true;
    bool previousErrorCostKnown = true;

    // API cost and error cost added up.
    double mapMonthlyTotalUsd() const { return mapMonthlyCostUsd + mapMonthlyErrorCostUsd; }
    double baselineMonthlyTotalUsd() const { return baselineMonthlyCostUsd + baselineMonthlyErrorCostUsd; }
    double previousMonthlyTotalUsd() const { return previousMonthlyCostUsd + previousMonthlyErrorCostUsd; }
    bool mapTotalKnown() const { return mapCostKnown && mapErrorCostKnown; }
    bool baselineTotalKnown() const { return baselineCostKnown && baselineErrorCostKnown; }
    bool previousTotalKnown() const { return previousCostKnown && previousErrorCostKnown; }

    double savingUsd() const { return baselineMonthlyCostUsd - mapMonthlyCostUsd; } // against the baseline
    double savingShare() const; // of the baseline's cost; 0 when that is 0
    double savingAgainstPreviousUsd() const { return previousMonthlyCostUsd - mapMonthlyCostUsd; }
    friend bool operator==(const SavingsProjection&, const SavingsProjection&) = default;
};

// Projects a month of the mix's requests. Cost per request comes from the run's cell (cost per 1k /
// 1000), else from the route's evidence when it names the same model; so does the accuracy that prices
// a category's errors. While a route's rollout runs, its category costs the two primaries' figures
// blended by the stage's weight (at 25%: 0.75 x the old one's + 0.25 x the new one's). A cascade
// route costs what its simulation in cascades says (its first call always, later ones on
// escalation), at the cascade's pass rate; without its simulation, its primary's figures. Traffic no category of the mix
// names goes to the default chain's primary at its traffic-weighted cost across the run.
SavingsProjection projectSavings(const Workspace& workspace, const RunAnalysis& analysis, const RoutingMap& map,
                                 const RoutingMap& previous, const QString& baselineModelId, const TrafficMix& mix,
                                 const QList<CascadeCell>& cascades = {});

Q_DECLARE_METATYPE(TrafficMix)
Q_DECLARE_METATYPE(SavingsProjection)
