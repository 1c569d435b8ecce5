// SPDX-License-Identifier: GPL-3.0-or-later
#include "plannedareas.h"

#include <QCoreApplication>

namespace {
struct PlannedAreas {
    Q_DECLARE_TR_FUNCTIONS(PlannedAreas)
};

PlannedArea goTo(Area target, Area area, const QString& text)
{
    QString targetTitle = areaInfo(target).title;
    targetTitle.replace(u'&', QStringLiteral("&&")); // a button's text, where & marks the shortcut
    const QString action = PlannedAreas::tr("Go to %1").arg(targetTitle);
    return { areaInfo(area).title, text, action, target };
}
} // namespace

std::optional<PlannedArea> plannedArea(Area area)
{
    switch (area) {
    case Area::Routing:
        return goTo(
            Area::Workspace, area,
            PlannedAreas::tr("Choose for each category the model that serves it and its fallbacks, from the evidence "
                             "of a run, and see the projected monthly savings. The routing editor is not available "
                             "in this build yet; routes already in the workspace file are kept when you save it."));
    case Area::Workspace:
    case Area::Models:
    case Area::Runs:
    case Area::Results:
    case Area::Export:
    case Area::Shadow:
        break;
    }
    return std::nullopt;
}
