// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct Workspace;

// "4 categories · 120 cases · 6 models", for the status bar.
QString workspaceSummary(const Workspace& workspace);
