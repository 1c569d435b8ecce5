// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadowpromotion.h"

#include "document/editcommands.h"

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
