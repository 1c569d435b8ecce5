// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/workspacedocument.h"
#include "routing/routesuggestion.h"

#include <QUndoCommand>

// The routing area's edits, each one undo step on the document's stack. Route functions return
// the whole map with one change made; the commands returned are not yet executed.
namespace RoutingEdits {
constexpr int maxChainLength = 1 + maxFallbacks;

// The map with category's route replaced (or added, in the workspace's category order); an empty
// chain removes the route, so the category falls back to the default route.
RoutingMap withRoute(const Workspace& workspace, RoutingMap map, const Route& route);
// The category's route as the map has it, or an empty one of that category.
Route routeOf(const RoutingMap& map, const QString& category);
// A chain the user chose by hand: rule "manual"; the evidence and a rollout plan are kept when the
// primary stays.
Route manualRoute(const Route& before, const QStringList& chain);

// The route as a rollout edit left it (see rollout/rollout.h), as one undo step named text.
QUndoCommand* replaceRoute(WorkspaceDocument* document, const Route& route, const QString& text);

// What a chain edit did, for the Edit menu: "Route sentiment to gpt-4o-mini", "Reorder fallbacks of
// sentiment", "Remove fallback haiku from sentiment"; an empty category names the default route.
QString chainEditText(const QString& category, const QStringList& before, const QStringList& after);

// What Apply all suggestions did: the categories whose route it set, the hand-chosen routes it left
// as they were (and that differ from the suggestion), and whether it set the default route.
struct AppliedSuggestions {
    QStringList applied;
    QStringList keptManual;
    bool defaultChanged = false;
};
AppliedSuggestions appliedSuggestions(const QList<RouteSuggestion>& suggestions, const RoutingMap& before,
                                      const RoutingMap& after);
QString appliedUndoText(const AppliedSuggestions& applied); // "Apply 3 suggestions, keep the manual route of x"
QString appliedNotice(const AppliedSuggestions& applied); // a sentence for the area's notice

QUndoCommand* setChain(WorkspaceDocument* document, const QString& category, const QStringList& chain);
QUndoCommand* setDefaultChain(WorkspaceDocument* document, const QStringList& chain);
QUndoCommand* setMonthlyRequests(WorkspaceDocument* document, qint64 monthlyRequests);
QUndoCommand* setTrafficShare(WorkspaceDocument* document, int categoryRow, double share);
} // namespace RoutingEdits

class SetTrafficCommand : public QUndoCommand
{
public:
    SetTrafficCommand(WorkspaceDocument* document, const TrafficProfile& traffic, const QString& text,
                      QUndoCommand* parent = nullptr);
    void redo() override { m_document->setTraffic(m_after); }
    void undo() override { m_document->setTraffic(m_before); }

private:
    WorkspaceDocument* m_document;
    TrafficProfile m_before;
    TrafficProfile m_after;
};
