// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/workspacedocument.h"

// The Dispatcher area's edits, each pushed as one undo step on the document's stack.
namespace DispatcherEdits {
// Merge fields: consecutive edits of one of these merge into one undo step.
enum Field { NoMerge = -1, ClassifierPrompt = 1 };

void set(WorkspaceDocument* document, const std::optional<DispatcherSpec>& dispatcher, const QString& text,
         int mergeField = NoMerge);
void create(WorkspaceDocument* document); // a dispatcher with no rules yet
void remove(WorkspaceDocument* document);
void addRule(WorkspaceDocument* document, int row, const DispatchRule& rule); // row -1: at the end
void removeRule(WorkspaceDocument* document, int row);
void moveRule(WorkspaceDocument* document, int row, int to);
void setRule(WorkspaceDocument* document, int row, const DispatchRule& rule);
// An empty model id removes the classifier.
void setClassifier(WorkspaceDocument* document, const QString& modelId, const QString& prompt, int mergeField);
void setFallback(WorkspaceDocument* document, const QString& fallback);

// A first rule for a new row: the first category, keywords still to be written.
DispatchRule newRule(const Workspace& workspace);
} // namespace DispatcherEdits
