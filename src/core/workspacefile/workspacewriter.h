// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"

// The workspace as diff-friendly YAML: fixed key order, block style, literal blocks for long text.
// Categories with a cases file are written with the reference, not their cases.
QByteArray workspaceToYaml(const Workspace& workspace);

// Saves atomically (AtomicWrite), and writes referenced case files whose content changed.
// On failure returns false, leaves the old files intact and says why in errorMessage.
// The file at path is patched rather than rewritten: only what differs from the workspace it
// holds changes, so its comments, key order, quoting and layout survive (see yamlpatch/).
bool writeWorkspaceFile(const Workspace& workspace, const QString& path, QString* errorMessage);
// The same, patching the text of originalPath (the file the workspace was loaded from, when
// saving it under another name); an empty originalPath writes the whole file anew.
bool writeWorkspaceFile(const Workspace& workspace, const QString& path, const QString& originalPath,
                        QString* errorMessage);
