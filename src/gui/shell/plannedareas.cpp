// SPDX-License-Identifier: GPL-3.0-or-later
#include "plannedareas.h"

#include <QCoreApplication>

namespace {
struct PlannedAreas {
    Q_DECLARE_TR_FUNCTIONS(PlannedAreas)
};
} // namespace

std::optional<PlannedArea> plannedArea(Area area)
{
    switch (area) {
    case Area::Workspace:
    case Area::Models:
    case Area::Runs:
    case Area::Results:
    case Area::Export:
    case Area::Shadow:
    case Area::Routing:
    case Area::Dispatcher:
        break;
    }
    return std::nullopt;
}
