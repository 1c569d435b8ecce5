// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelscatterchart.h"

#include "statistics/runanalysis.h"

namespace {
bool dominates(const ScatterPoint& a, const ScatterPoint& b)
{
    return a.costPer1k <= b.costPer1k && a.accuracy >= b.accuracy
        && (a.costPer1k < b.costPer1k || a.accuracy > b.accuracy);
}

ScatterPoint pointOf(const Workspace& workspace, const ModelAggregate& model)
{
    ScatterPoint point;
    point.modelId = model.modelId;
    const ModelSpec* spec = workspace.model(model.modelId);
    point.label = spec ? spec->label() : model.modelId;
    point.accuracy = model.accuracy;
    point.interval = model.accuracyInterval;
    point.costPer1k = model.costPer1kRequests;
    point.trials = model.trials;
    point.errors = model.errors;
    point.latencyP50Ms = model.latencyP50Ms;
    point.latencyP95Ms = model.latencyP95Ms;
    point.note
        = ModelScatterChart::tr("Traffic-weighted over %n category(s); meets the bar on %1", nullptr, model.categories)
              .arg(model.categoriesMeetingBar);
    return point;
}
} // namespace

QStringList paretoModels(const QList<ScatterPoint>& points)
{
    QStringList frontier;
    for (const ScatterPoint& candidate : points) {
        const bool beaten = std::any_of(points.cbegin(), points.cend(), [&candidate](const ScatterPoint& other) {
            return dominates(other, candidate);
        });
        if (!beaten)
            frontier.append(candidate.modelId);
    }
    return frontier;
}

ModelScatterChart::ModelScatterChart(QWidget* parent)
    : AccuracyCostChart(parent)
{
    setObjectName(QStringLiteral("modelScatterChart"));
}

void ModelScatterChart::setAnalysis(const Workspace& workspace, const RunAnalysis& analysis)
{
    Content content;
    content.title = tr("All categories · traffic-weighted accuracy vs cost");
    for (const ModelAggregate& model : analysis.models) {
        if (model.trials > 0)
            content.points.append(pointOf(workspace, model));
    }
    content.frontier = paretoModels(content.points);
    for (const Route& route : workspace.routing.routes) {
        if (!route.primary().isEmpty() && !content.routed.contains(route.primary()))
            content.routed.append(route.primary());
    }
    content.routedName = tr("Routed model of a category");
    content.emptyText = tr("This run has no results yet.");
    setContent(content);
}
