// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"

// The workspace as diff-friendly YAML: fixed key order, block style, literal blocks for long text.
// Categories with a cases file are written with the reference, not their cases.
QByteArray workspaceToYaml(const Workspace& workspace);

// Saves atomically (AtomicWrite), and writes referenced case files whose content changed.
// On failure returns false, leaves the old files intact and says why in errorMessage.
bool writeWorkspaceFile(const Workspace& workspace, const QString& path, QString* errorMessage);
