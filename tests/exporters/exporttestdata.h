// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporters/routingexport.h"

// What the exporter tests share: the bundled sample workspace with a fixed routing map, and the
// fixed facts of its exports' headers.
Workspace sampleWorkspace(); // empty name when the sample cannot be read
// The same with field-extraction at the 25% stage of a rollout from gpt-4o-mini to gpt-4.1-mini.
Workspace sampleWorkspaceWithRollout();
// The same with ticket-classification a cascade: an answer that names no queue escalates.
Workspace sampleWorkspaceWithCascade();
ExportOptions fixedOptions();
// The export with the Signalbox version in its header replaced by "<version>", so that golden
// files survive a release.
QString exportWithoutVersion(const Workspace& workspace, ExportFormat format);
