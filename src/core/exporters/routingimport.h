// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"
#include "workspacefile/fileerror.h"

// What reading a native routing YAML gave: the routing map, or the located errors that stopped it.
struct RoutingImport {
    RoutingMap routing;
    std::optional<DispatcherSpec> dispatcher; // when the file carries one
    QList<FileError> errors;
    bool ok() const { return errors.isEmpty(); }
};

// Reads a file written by exportRouting(..., ExportFormat::Native) back into a routing map. Models
// and categories must exist in the workspace; errors name file, line, column and what was expected.
RoutingImport importNativeRouting(const QString& path, const Workspace& workspace);
// The same from text; path only names the file in errors.
RoutingImport parseNativeRouting(const QByteArray& text, const QString& path, const Workspace& workspace);
