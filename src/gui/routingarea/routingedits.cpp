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

enum class ChainChange { Cleared, Set, NewPrimary, RemovedFallback, AddedFallback, Reordered, Other };

struct ChainDiff {
    ChainChange change;
    QString model; // the fallback removed or added
};

// The one model in longer that shorter lacks, when longer is shorter with one model more.
QString oneMore(const QStringList& longer, const QStringList& shorter)
{
    if (longer.size() != shorter.size() + 1)
        return {};
    QStringList rest = longer;
    for (const QString& model : shorter) {
        if (!rest.removeOne(model))
            return {};
    }
    return rest.constFirst();
}

ChainDiff diffChains(const QStringList& before, const QStringList& after)
{
    if (after.isEmpty())
        return { ChainChange::Cleared, {} };
    if (before.isEmpty())
        return { ChainChange::Set, {} };
    if (before.first() != after.first())
        return { ChainChange::NewPrimary, {} };
    const QStringList oldFallbacks = before.mid(1);
    const QStringList newFallbacks = after.mid(1);
    if (const QString removed = oneMore(oldFallbacks, newFallbacks); !removed.isEmpty())
        return { ChainChange::RemovedFallback, removed };
    if (const QString added = oneMore(newFallbacks, oldFallbacks); !added.isEmpty())
        return { ChainChange::AddedFallback, added };
    QStringList sortedOld = oldFallbacks;
    QStringList sortedNew = newFallbacks;
    sortedOld.sort();
    sortedNew.sort();
    return { sortedOld == sortedNew ? ChainChange::Reordered : ChainChange::Other, {} };
}

QString defaultRouteText(const ChainDiff& diff, const QStringList& before, const QStringList& after)
{
    switch (diff.change) {
    case ChainChange::Cleared:
        return RoutingEditTexts::tr("Clear the default route");
    case ChainChange::Set:
        return RoutingEditTexts::tr("Set the default route to %1").arg(after.first());
    case ChainChange::NewPrimary:
        return RoutingEditTexts::tr("Change the default route to %1 instead of %2").arg(after.first(), before.first());
    case ChainChange::RemovedFallback:
        return RoutingEditTexts::tr("Remove fallback %1 from the default route").arg(diff.model);
    case ChainChange::AddedFallback:
        return RoutingEditTexts::tr("Add fallback %1 to the default route").arg(diff.model);
    case ChainChange::Reordered:
        return RoutingEditTexts::tr("Reorder fallbacks of the default route");
    case ChainChange::Other:
        break;
    }
    return RoutingEditTexts::tr("Change the fallbacks of the default route");
}

QString routeText(const QString& category, const ChainDiff& diff, const QStringList& before, const QStringList& after)
{
    switch (diff.change) {
    case ChainChange::Cleared:
        return RoutingEditTexts::tr("Remove the route of %1").arg(category);
    case ChainChange::Set:
        return RoutingEditTexts::tr("Route %1 to %2").arg(category, after.first());
    case ChainChange::NewPrimary:
        return RoutingEditTexts::tr("Route %1 to %2 instead of %3").arg(category, after.first(), before.first());
    case ChainChange::RemovedFallback:
        return RoutingEditTexts::tr("Remove fallback %1 from %2").arg(diff.model, category);
    case ChainChange::AddedFallback:
        return RoutingEditTexts::tr("Add fallback %1 to %2").arg(diff.model, category);
    case ChainChange::Reordered:
        return RoutingEditTexts::tr("Reorder fallbacks of %1").arg(category);
    case ChainChange::Other:
        break;
    }
    return RoutingEditTexts::tr("Change the fallbacks of %1").arg(category);
}
} // namespace

namespace RoutingEdits {
QString chainEditText(const QString& category, const QStringList& before, const QStringList& after)
{
    const ChainDiff diff = diffChains(before, after);
    return category.isEmpty() ? defaultRouteText(diff, before, after) : routeText(category, diff, before, after);
}

AppliedSuggestions appliedSuggestions(const QList<RouteSuggestion>& suggestions, const RoutingMap& before,
                                      const RoutingMap& after)
{
    AppliedSuggestions result;
    for (const RouteSuggestion& suggestion : suggestions) {
        const Route* old = before.routeFor(suggestion.category);
        const Route* now = after.routeFor(suggestion.category);
        if (suggestion.chain.isEmpty())
            continue;
        if (old && old->rule == manualRule && old->chain != suggestion.chain)
            result.keptManual.append(suggestion.category);
        else if (now && (!old || *old != *now))
            result.applied.append(suggestion.category);
    }
    result.defaultChanged = before.defaultChain != after.defaultChain;
    return result;
}

QString appliedUndoText(const AppliedSuggestions& applied)
{
    // Worded without counts, so that no plural form is needed: the Edit menu names the action and
    // what it left out.
    QString text = RoutingEditTexts::tr("Apply all suggestions");
    if (applied.applied.size() == 1)
        text = applied.defaultChanged
            ? RoutingEditTexts::tr("Apply the suggestion for %1 and the default route").arg(applied.applied.first())
            : RoutingEditTexts::tr("Apply the suggestion for %1").arg(applied.applied.first());
    else if (applied.applied.isEmpty() && applied.defaultChanged)
        text = RoutingEditTexts::tr("Apply the suggested default route");
    if (!applied.keptManual.isEmpty())
        text = RoutingEditTexts::tr("%1, keep manual %2").arg(text, applied.keptManual.join(QStringLiteral(", ")));
    return text;
}

QString appliedNotice(const AppliedSuggestions& applied)
{
    // The area's words since before they moved here: their translations keep that context.
    QString text
        = QCoreApplication::translate("RoutingArea", "Applied %n suggestion(s)", nullptr, int(applied.applied.size()));
    if (applied.defaultChanged)
        text = QCoreApplication::translate("RoutingArea", "%1, and set the default route").arg(text);
    text += u'.';
    if (!applied.keptManual.isEmpty())
        text += u' '
            + RoutingEditTexts::tr("Left as chosen by hand: %1. Apply a suggestion on its own to replace a manual "
                                   "route.")
                  .arg(applied.keptManual.join(QStringLiteral(", ")));
    return text;
}

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
    const QString text = chainEditText(category, routeOf(workspace.routing, category).chain, chain);
    return new SetRoutingCommand(document, withRoute(workspace, workspace.routing, route), text);
}

QUndoCommand* setDefaultChain(WorkspaceDocument* document, const QStringList& chain)
{
    RoutingMap map = document->workspace().routing;
    const QString text = chainEditText({}, map.defaultChain, chain);
    map.defaultChain = chain;
    return new SetRoutingCommand(document, map, text);
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
