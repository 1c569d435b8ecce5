// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporters/routingexport.h"

// What the Export area says above a format's preview: what the file is, how to fill in a Portkey
// config's key variables (the exact envsubst list), and which cascades the format cannot enforce.
QString exportNotes(const Workspace& workspace, ExportFormat format);
