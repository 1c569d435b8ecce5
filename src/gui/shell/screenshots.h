// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class MainWindow;

// For reviewing the interface without a display (under xvfb): grabs the window with each area open
// into directory/<area key>.png, and the preferences dialog into preferences.png.
bool saveScreenshots(MainWindow* window, const QString& directory, QString* errorMessage);
