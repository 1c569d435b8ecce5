// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"
#include "fileerror.h"

// What loading a workspace gave: the workspace, or the located errors that stopped it.
struct WorkspaceLoad {
    Workspace workspace;
    FileErrors errors;
    FileErrors warnings; // what loads but cannot work as meant; never stops a load
    bool ok() const { return errors.isEmpty(); }
};

// Reads a *.signalbox.yaml file and the CSV/JSONL case files it references (relative to its folder).
WorkspaceLoad readWorkspaceFile(const QString& path);

// Parses workspace text; path names the file in errors and anchors relative references.
WorkspaceLoad parseWorkspace(const QByteArray& text, const QString& path);
