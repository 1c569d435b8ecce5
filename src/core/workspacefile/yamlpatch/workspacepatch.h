// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"

#include <optional>

// The text of a workspace file that says what workspace says, made by patching original (the
// file's current text) where the two differ, so that comments, key order, quoting and layout of
// everything else survive and an unchanged workspace leaves the text byte for byte as it was.
// path anchors the case files original refers to. Nothing when original cannot be patched
// faithfully (not YAML, not a workspace, aliases): the caller then writes workspaceToYaml().
std::optional<QByteArray> patchedWorkspaceText(const Workspace& workspace, const QByteArray& original,
                                               const QString& path);
