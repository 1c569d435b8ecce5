// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class WorkspaceDocument;

// The results database beside the document's workspace file; empty while the workspace is untitled
// (an untitled workspace has no runs).
QString resultsDatabasePath(const WorkspaceDocument* document);
