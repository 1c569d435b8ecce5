// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"

// A plain-text overview of a workspace for the terminal: its providers, models, categories with
// their case counts, and routes.
QString workspaceSummary(const Workspace& workspace, const QString& path);
