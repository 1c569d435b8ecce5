// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspacedocument.h"

class QUndoCommand;

// Edits that keep the workspace's references whole, each one undo step: a rename also updates what
// refers to the old name (routes, models), a removal takes what depends on the removed item with it.
// The returned command is not yet executed; push it onto document->undoStack().
namespace DocumentEdits {
QUndoCommand* setCategory(WorkspaceDocument* document, int row, const Category& value, const QString& text);
QUndoCommand* setProvider(WorkspaceDocument* document, int row, const Provider& value, const QString& text);
QUndoCommand* setModel(WorkspaceDocument* document, int row, const ModelSpec& value, const QString& text);

QUndoCommand* removeCategory(WorkspaceDocument* document, int row);
QUndoCommand* removeProvider(WorkspaceDocument* document, int row); // and the models that use it
QUndoCommand* removeModel(WorkspaceDocument* document, int row);
QUndoCommand* removeCases(WorkspaceDocument* document, int category, QList<int> rows);

QUndoCommand* appendCases(WorkspaceDocument* document, int category, const QList<TestCase>& cases, const QString& text);

// The rows of the models that name providerName as their provider.
QList<int> modelsOfProvider(const Workspace& workspace, const QString& providerName);
// Whether the routing map names the model, in a route or in the default chain.
bool isRouted(const RoutingMap& routing, const QString& modelId);

// base, or base-2, base-3... whichever is not taken.
QString uniqueName(const QString& base, const QStringList& taken);
QStringList categoryNames(const Workspace& workspace);
QStringList providerNames(const Workspace& workspace);
QStringList modelIds(const Workspace& workspace);
QStringList caseIds(const Category& category);
// The id after the category's last one ("t07" after "t06"), unique in the category.
QString nextCaseId(const Category& category);
}
