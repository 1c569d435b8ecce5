// SPDX-License-Identifier: GPL-3.0-or-later
#include "routingedits.h"

#include "document/documentedits.h"
#include "document/editcommands.h"
#include "routing/evidencestatus.h"

#include <QCoreApplication>

namespace {
struct RoutingEditTexts {
    Q_DECLARE_TR_FUNCTIONS(RoutingEdits)
};

int indexOfRoute(const RoutingMap& map, const QString& category)
{
    for (int i = 0; i < map.routes.size(); ++i) {
        if (map.routes.at(i).category == category)
            return i;
    }
    return -1;
}

// Where a new route goes: before the first route of a category that comes later in the workspace.
int insertionIndex(const Workspace& workspace, const RoutingMap& map, const QString& category)
{
    const int order = workspace.indexOfCategory(category);
    for (int i = 0; i < map.routes.size(); ++i) {
        const int other = workspace.indexOfCategory(map.routes.at(i).category);
        if (order >= 0 && other > order)
            return i;
    }
    return int(map.routes.size());
}
} // namespace

namespace RoutingEdits {
RoutingMap withRoute(const Workspace& workspace, RoutingMap map, const Route& route)
{
    const int index = indexOfRoute(map, route.category);
    if (route.chain.isEmpty()) {
        if (index >= 0)
            map.routes.removeAt(index);
    } else if (index >= 0) {
        map.routes[index] = route;
    } else {
        map.routes.insert(insertionIndex(workspace, map, route.category), route);
    }
    return map;
}

Route routeOf(const RoutingMap& map, const QString& category)
{
    if (const Route* route = map.routeFor(category))
        return *route;
    return Route { category, {}, {}, std::nullopt };
}

Route manualRoute(const Route& before, const QStringList& chain)
{
    Route route = before;
    route.chain = chain;
    route.rule = manualRule;
    if (before.primary() != route.primary()) {
        route.evidence.reset();
        route.rollout.reset(); // it moved traffic away from the primary that is gone
    }
    return route;
}

QUndoCommand* replaceRoute(WorkspaceDocument* document, const Route& route, const QString& text)
{
    const Workspace& workspace = document->workspace();
    return new SetRoutingCommand(document, withRoute(workspace, workspace.routing, route), text);
}

QUndoCommand* setChain(WorkspaceDocument* document, const QString& category, const QStringList& chain)
{
    const Workspace& workspace = document->workspace();
    const Route route = manualRoute(routeOf(workspace.routing, category), chain);
    const QString text = chain.isEmpty() ? RoutingEditTexts::tr("Remove the route of %1").arg(category)
                                         : RoutingEditTexts::tr("Route %1 to %2").arg(category, chain.first());
    return new SetRoutingCommand(document, withRoute(workspace, workspace.routing, route), text);
}

QUndoCommand* setDefaultChain(WorkspaceDocument* document, const QStringList& chain)
{
    RoutingMap map = document->workspace().routing;
    map.defaultChain = chain;
    return new SetRoutingCommand(document, map, RoutingEditTexts::tr("Change the default route"));
}

QUndoCommand* setMonthlyRequests(WorkspaceDocument* document, qint64 monthlyRequests)
{
    TrafficProfile traffic = document->workspace().traffic;
    traffic.monthlyRequests = monthlyRequests;
    return new SetTrafficCommand(document, traffic, RoutingEditTexts::tr("Change the monthly requests"));
}

QUndoCommand* setTrafficShare(WorkspaceDocument* document, int categoryRow, double share)
{
    Category category = document->workspace().categories.at(categoryRow);
    category.trafficShare = qBound(0.0, share, 1.0);
    const QString text = RoutingEditTexts::tr("Change the traffic share of %1").arg(category.name);
    return DocumentEdits::setCategory(document, categoryRow, category, text);
}
} // namespace RoutingEdits

SetTrafficCommand::SetTrafficCommand(WorkspaceDocument* document, const TrafficProfile& traffic, const QString& text,
                                     QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(document->workspace().traffic)
    , m_after(traffic)
{
}
