// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// The main window's areas, in navigation order; Ctrl+1..8 follow this order.
enum class Area { Workspace, Models, Runs, Results, Routing, Dispatcher, Shadow, Export };

struct AreaInfo {
    Area area;
    QString key; // stable, untranslated: settings groups, screenshot file names
    QString title; // translated, for the navigation list
    QString iconPath; // a themed SVG in the resources
};

QList<AreaInfo> allAreas();
AreaInfo areaInfo(Area area);
