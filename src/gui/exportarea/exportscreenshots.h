// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <QString>

class ExportArea;
class Settings;

// For `signalbox <workspace> --screenshot DIR`: shows the area's preview, then its diff against an
// earlier export made up for the picture (the first route's chain reversed), written into
// scratchDir and forgotten afterwards. shoot(name) grabs the window: "export", "export-diff".
bool showExportScreenshots(ExportArea* area, Settings* settings, const QString& scratchDir,
                           const std::function<bool(const QString& name)>& shoot);
