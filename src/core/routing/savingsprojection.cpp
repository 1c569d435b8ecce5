// SPDX-License-Identifier: GPL-3.0-or-later
#include "savingsprojection.h"

#include <algorithm>
#include <utility>

namespace {
// A month of one model's requests on one category: its cost per request and accuracy, when known.
struct Serving {
    std::optional<double> costPerRequest;
    std::optional<double> accuracy;
};

const CascadeCell* cascadeOf(const Route& route, const QList<CascadeCell>& cascades)
{
    for (const CascadeCell& cascade : cascades) {
        if (route.cascadeCheck && cascade.figures.category == route.category && cascade.figures.chain == route.chain
            && cascade.figures.check == *route.cascadeCheck)
            return &cascade;
    }
    return nullptr;
}

// The primary a map sends a category to: its route's, else the default chain's.
QString primaryFor(const RoutingMap& map, const QString& category)
{
    const Route* route = map.routeFor(category);
    return route && !route->chain.isEmpty() ? route->primary() : map.defaultChain.value(0);
}

Serving servingOnCategory(const RunAnalysis& analysis, const RoutingMap& map, const QString& category,
                          const QString& modelId)
{
    if (modelId.isEmpty())
        return {};
    const CellStats* cell = analysis.cell(category, modelId);
    if (cell && cell->trials > 0)
        return { cell->modelCostPerRequest(), cell->passRate() };
    const Route* route = map.routeFor(category);
    if (route && route->primary() == modelId && route->evidence)
        return { route->evidence->costPer1k / 1000.0, route->evidence->accuracy };
    return {};
}

// The traffic no category names: the model's traffic-weighted figures across the run.
Serving servingOnOtherTraffic(const RunAnalysis& analysis, const QString& modelId)
{
    const ModelAggregate* model = modelId.isEmpty() ? nullptr : analysis.model(modelId);
    if (!model || model->trials == 0)
        return {};
    return { model->costPer1kRequests / 1000.0, model->accuracy };
}

struct Part {
    QString category;
    double share = 0.0;
};

QList<Part> partsOf(const Workspace& workspace, const TrafficMix& mix)
{
    QList<Part> parts;
    for (const Category& category : workspace.categories) {
        if (mix.shares.contains(category.name))
            parts.append({ category.name, mix.shares.value(category.name) });
    }
    QStringList others; // the mix may name categories the workspace does not (yet) have
    for (auto it = mix.shares.cbegin(); it != mix.shares.cend(); ++it) {
        if (!workspace.category(it.key()))
            others.append(it.key());
    }
    others.sort();
    for (const QString& name : std::as_const(others))
        parts.append({ name, mix.shares.value(name) });
    const double rest = 1.0 - mix.coveredShare();
    if (rest > 1e-9)
        parts.append({ QString(), rest });
    return parts;
}

Serving serving(const RunAnalysis& analysis, const RoutingMap& map, const QString& category, const QString& modelId)
{
    return category.isEmpty() ? servingOnOtherTraffic(analysis, modelId)
                              : servingOnCategory(analysis, map, category, modelId);
}

// A figure of two models blended by the rollout's weight; unknown when a model with a share lacks it.
std::optional<double> blended(std::optional<double> from, std::optional<double> to, double weight)
{
    if ((weight < 1.0 && !from) || (weight > 0.0 && !to))
        return std::nullopt;
    return (1.0 - weight) * from.value_or(0.0) + weight * to.value_or(0.0);
}

// What the map's route serves the category with: its primary, or while a rollout runs, the old and
// new primaries by the stage's weight.
Serving routeServing(const RunAnalysis& analysis, const RoutingMap& map, const QString& category,
                     const QString& modelId, const QList<CascadeCell>& cascades)
{
    const Route* route = category.isEmpty() ? nullptr : map.routeFor(category);
    if (const CascadeCell* cascade = route ? cascadeOf(*route, cascades) : nullptr)
        return { cascade->cell.modelCostPerRequest(), cascade->cell.passRate() };
    if (!route || !route->rollout || route->primary() != modelId)
        return serving(analysis, map, category, modelId);
    const RolloutPlan& plan = *route->rollout;
    const double weight = std::clamp(plan.stage, 0, 100) / 100.0;
    const Serving from = serving(analysis, map, category, plan.from);
    const Serving to = serving(analysis, map, category, plan.to);
    return { blended(from.costPerRequest, to.costPerRequest, weight), blended(from.accuracy, to.accuracy, weight) };
}

// Adds one figure to a total: known amounts add up, an unknown one with traffic marks the total unknown.
void add(double& amount, bool& known, double& total, bool& totalKnown, const Serving& figures, double requests)
{
    known = figures.costPerRequest.has_value();
    amount = known ? *figures.costPerRequest * requests : 0.0;
    total += amount;
    if (!known && requests > 0.0)
        totalKnown = false;
}

// The same for the expected cost of wrong answers, when the category prices them.
void addErrors(double& amount, bool& known, double& total, bool& totalKnown, const Serving& figures,
               double requests, double errorCostUsd)
{
    known = figures.accuracy.has_value();
    amount = known ? (1.0 - *figures.accuracy) * errorCostUsd * requests : 0.0;
    total += amount;
    if (!known && requests > 0.0)
        totalKnown = false;
}

struct Servings {
    Serving routed, baseline, before;
};

void priceErrors(SavingsProjection& projection, CategoryProjection& row, const Servings& figures, double requests)
{
    if (!row.errorCostUsd)
        return;
    projection.errorsPriced = projection.errorsPriced || requests > 0.0;
    const double price = *row.errorCostUsd;
    addErrors(row.monthlyErrorCostUsd, row.errorCostKnown, projection.mapMonthlyErrorCostUsd,
              projection.mapErrorCostKnown, figures.routed, requests, price);
    addErrors(row.baselineMonthlyErrorCostUsd, row.baselineErrorCostKnown, projection.baselineMonthlyErrorCostUsd,
              projection.baselineErrorCostKnown, figures.baseline, requests, price);
    addErrors(row.previousMonthlyErrorCostUsd, row.previousErrorCostKnown, projection.previousMonthlyErrorCostUsd,
              projection.previousErrorCostKnown, figures.before, requests, price);
}
} // namespace

double TrafficMix::coveredShare() const
{
    double covered = 0.0;
    for (const double share : shares)
        covered += std::max(0.0, share);
    return std::min(1.0, covered);
}

TrafficMix TrafficMix::fromWorkspace(const Workspace& workspace)
{
    TrafficMix mix;
    mix.monthlyRequests = workspace.traffic.monthlyRequests;
    for (const Category& category : workspace.categories)
        mix.shares.insert(category.name, category.trafficShare);
    return mix;
}

std::optional<double> CategoryProjection::accuracyChange() const
{
    if (!accuracy || !previousAccuracy)
        return std::nullopt;
    return *accuracy - *previousAccuracy;
}

double SavingsProjection::savingShare() const
{
    return baselineMonthlyCostUsd > 0.0 ? savingUsd() / baselineMonthlyCostUsd : 0.0;
}

SavingsProjection projectSavings(const Workspace& workspace, const RunAnalysis& analysis, const RoutingMap& map,
                                 const RoutingMap& previous, const QString& baselineModelId, const TrafficMix& mix,
                                 const QList<CascadeCell>& cascades)
{
    SavingsProjection projection;
    projection.monthlyRequests = mix.monthlyRequests;
    projection.baselineModelId = baselineModelId;
    for (const Part& part : partsOf(workspace, mix)) {
        CategoryProjection row;
        row.category = part.category;
        row.trafficShare = part.share;
        row.modelId = part.category.isEmpty() ? map.defaultChain.value(0) : primaryFor(map, part.category);
        row.previousModelId
            = part.category.isEmpty() ? previous.defaultChain.value(0) : primaryFor(previous, part.category);
        const double requests = double(mix.monthlyRequests) * std::max(0.0, part.share);
        const Serving routed = routeServing(analysis, map, part.category, row.modelId, cascades);
        const Serving baseline = serving(analysis, map, part.category, baselineModelId);
        const Serving before = routeServing(analysis, previous, part.category, row.previousModelId, cascades);
        add(row.monthlyCostUsd, row.costKnown, projection.mapMonthlyCostUsd, projection.mapCostKnown, routed, requests);
        add(row.baselineMonthlyCostUsd, row.baselineCostKnown, projection.baselineMonthlyCostUsd,
            projection.baselineCostKnown, baseline, requests);
        add(row.previousMonthlyCostUsd, row.previousCostKnown, projection.previousMonthlyCostUsd,
            projection.previousCostKnown, before, requests);
        row.accuracy = routed.accuracy;
        row.baselineAccuracy = baseline.accuracy;
        row.previousAccuracy = before.accuracy;
        const Category* spec = part.category.isEmpty() ? nullptr : workspace.category(part.category);
        row.errorCostUsd = spec ? spec->errorCostUsd : std::nullopt;
        priceErrors(projection, row, { routed, baseline, before }, requests);
        projection.categories.append(row);
    }
    return projection;
}
