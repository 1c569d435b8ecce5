// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadowpromotion.h"

#include "document/editcommands.h"
#include "rollout/rollout.h"

#include <QCoreApplication>

namespace {
struct ShadowPromotion {
    Q_DECLARE_TR_FUNCTIONS(ShadowPromotion)
};
} // namespace

QUndoCommand* promoteCandidateCommand(WorkspaceDocument* document, const ShadowComparison& comparison,
                                      int candidateIndex, const QDateTime& runDate)
{
    const Workspace& workspace = document->workspace();
    const Route route = promotedRoute(workspace, comparison, candidateIndex, runDate);
    RoutingMap routing = workspace.routing;
    auto existing = std::find_if(routing.routes.begin(), routing.routes.end(),
                                 [&](const Route& r) { return r.category == comparison.category; });
    if (existing != routing.routes.end())
        *existing = route;
    else
        routing.routes.append(route);
    const ModelSpec* model = workspace.model(route.primary());
    const QString name = model ? model->label() : route.primary();
    return new SetRoutingCommand(document, routing,
                                 ShadowPromotion::tr("Promote %1 for %2").arg(name, comparison.category));
}

QUndoCommand* rolloutCandidateCommand(WorkspaceDocument* document, const ShadowComparison& comparison,
                                      int candidateIndex, QString* error)
{
    const Workspace& workspace = document->workspace();
    Route route { comparison.category, { comparison.baselineModelId }, QStringLiteral("manual"), std::nullopt };
    if (const Route* current = workspace.routing.routeFor(comparison.category); current && !current->chain.isEmpty())
        route = *current;
    const QString candidate = comparison.candidateModelIds.value(candidateIndex);
    const RolloutEdit edit = startRollout(workspace, route, candidate);
    if (!edit.ok()) {
        *error = edit.error;
        return nullptr;
    }
    RoutingMap routing = workspace.routing;
    auto existing = std::find_if(routing.routes.begin(), routing.routes.end(),
                                 [&](const Route& r) { return r.category == comparison.category; });
    if (existing != routing.routes.end())
        *existing = *edit.route;
    else
        routing.routes.append(*edit.route);
    const ModelSpec* model = workspace.model(candidate);
    return new SetRoutingCommand(
        document, routing,
        ShadowPromotion::tr("Start rolling out %1 for %2").arg(model ? model->label() : candidate, comparison.category));
}
