// SPDX-License-Identifier: GPL-3.0-or-later
#include "categoryscatterchart.h"

#include "cascade/cascadecheck.h"
#include "common/displayformat.h"
#include "routing/routeexplanation.h"
#include "routing/routesuggestion.h"
#include "statistics/runanalysis.h"

namespace {
QString modelLabel(const Workspace& workspace, const QString& modelId)
{
    const ModelSpec* model = workspace.model(modelId);
    return model ? model->label() : modelId;
}

std::optional<double> asDouble(std::optional<qint64> ms) // absent stays absent: not measured
{
    return ms ? std::optional<double>(double(*ms)) : std::nullopt;
}

ScatterPoint pointOf(const Workspace& workspace, const CellStats& cell)
{
    ScatterPoint point;
    point.modelId = cell.modelId;
    point.label = modelLabel(workspace, cell.modelId);
    point.accuracy = cell.passRate();
    point.interval = cell.passInterval;
    point.costPer1k = cell.costPer1kRequests();
    point.trials = cell.trials;
    point.errors = cell.errors;
    point.latencyP50Ms = asDouble(cell.latencyP50Ms);
    point.latencyP95Ms = asDouble(cell.latencyP95Ms);
    // The verdict and how likely the model meets the bar, on the cases (repeats fold into each case).
    point.note = CategoryScatterChart::tr("%1 · %2 likely to meet the %3 bar (%4 of %5 cases)")
                     .arg(cell.verdict.text(), probabilityText(cell.probMeetsBar), DisplayFormat::percent(cell.threshold),
                          casesText(cell.casePasses), QString::number(cell.cases));
    return point;
}

ScatterPoint cascadePoint(const CascadeCell& cascade)
{
    const CellStats& cell = cascade.cell;
    ScatterPoint point;
    point.modelId = cell.modelId;
    point.label = cascadeLabel(cascade.figures.chain);
    point.accuracy = cell.passRate();
    point.interval = cell.passInterval;
    point.costPer1k = cascade.figures.costPer1kUsd;
    point.trials = cascade.figures.requests;
    point.errors = cell.errors;
    point.latencyP50Ms = asDouble(cascade.figures.latencyP50Ms);
    point.latencyP95Ms = asDouble(cascade.figures.latencyP95Ms);
    point.cascade = true;
    point.note = CategoryScatterChart::tr("Simulated: escalates when an answer fails %1; %2 of the requests "
                                          "escalate · %3 likely to meet the %4 bar")
                     .arg(cascadeCheckText(cascade.figures.check), DisplayFormat::percent(cascade.figures.escalationRate()),
                          probabilityText(cell.probMeetsBar), DisplayFormat::percent(cell.threshold));
    return point;
}
} // namespace

CategoryScatterChart::CategoryScatterChart(QWidget* parent)
    : AccuracyCostChart(parent)
{
    setObjectName(QStringLiteral("categoryScatterChart"));
}

void CategoryScatterChart::setAnalysis(const Workspace& workspace, const RunAnalysis& analysis, const QString& category,
                                       const QList<CascadeCell>& cascades)
{
    m_category = category;
    Content content;
    content.title = category.isEmpty() ? tr("Accuracy vs cost") : tr("%1 · accuracy vs cost").arg(category);
    const QList<CellStats> cells = analysis.cellsOfCategory(category);
    for (const CellStats& cell : cells) {
        if (cell.trials > 0)
            content.points.append(pointOf(workspace, cell));
    }
    if (const CategoryFrontier* frontier = analysis.frontier(category))
        content.frontier = frontier->modelIds;
    if (const Category* spec = workspace.category(category))
        content.bar = spec->threshold;
    else if (!cells.isEmpty())
        content.bar = cells.first().threshold;

    for (const CascadeCell& cascade : cascades) {
        if (cascade.figures.category == category && !content.points.isEmpty())
            content.points.append(cascadePoint(cascade));
    }
    const Route* route = workspace.routing.routeFor(category);
    m_routed = route ? route->primary() : workspace.routing.defaultChain.value(0);
    if (route && route->cascadeCheck)
        m_routed = cascadeId(route->chain);
    if (!m_routed.isEmpty())
        content.routed = { m_routed };
    content.routedName = !route     ? tr("Routed model (default route)")
        : route->cascadeCheck ? tr("Routed cascade")
                              : tr("Routed model");
    const RouteSuggestion suggestion = suggestRoute(workspace, analysis, category);
    m_suggested = suggestion.cascadeCheck ? cascadeId(suggestion.chain) : suggestion.chain.value(0);
    content.suggested = m_suggested;
    content.suggestedName = tr("Suggested model · %1").arg(targetDisplayName(suggestion.target));
    content.emptyText = category.isEmpty() ? tr("Choose a category to see its models.")
                                           : tr("This run has no results for %1.").arg(category);
    setContent(content);
}
