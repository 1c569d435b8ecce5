// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shadow/shadowcomparison.h"

class QUndoCommand;
class WorkspaceDocument;

// The undoable edit that makes a shadow comparison's candidate the category's routed model: its
// chain becomes [candidate, previous primary, other fallbacks...], rule "manual", with the
// comparison's run as evidence. Not yet executed: push it onto the document's undo stack.
QUndoCommand* promoteCandidateCommand(WorkspaceDocument* document, const ShadowComparison& comparison,
                                      int candidateIndex, const QDateTime& runDate);

// The alternative to switching at once: the undoable edit that starts a gradual rollout from the
// category's routed model to the candidate (stages 5, 25, 50, 100%). A category without a route of
// its own gets one served by the comparison's baseline first. Null, with the reason in error, when
// no rollout can start.
QUndoCommand* rolloutCandidateCommand(WorkspaceDocument* document, const ShadowComparison& comparison,
                                      int candidateIndex, QString* error);
