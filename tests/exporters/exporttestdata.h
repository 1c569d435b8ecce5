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
// The same with field-extraction a cascade whose check is a JSON schema (promptfoo's is-json with a
// value): an answer that is not the object the schema describes escalates.
Workspace sampleWorkspaceWithSchemaCascade();
// Variant 0 the sample, 1 with a rollout, 2 with a cascade, 3 with a JSON schema cascade.
Workspace sampleWorkspaceVariant(int variant);
ExportOptions fixedOptions();
// The export with the Signalbox version in its header replaced by "<version>", so that golden
// files survive a release.
QString exportWithoutVersion(const Workspace& workspace, ExportFormat format);
