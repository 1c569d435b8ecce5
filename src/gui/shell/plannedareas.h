// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "areas.h"

#include <optional>

// What an area that this build cannot offer yet tells the user: what it will do, that it is not
// there, and where to go meanwhile.
struct PlannedArea {
    QString title;
    QString text;
    QString actionText; // empty: no button
    std::optional<Area> actionTarget;
};

std::optional<PlannedArea> plannedArea(Area area); // nothing for the areas this build has
