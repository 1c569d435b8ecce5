// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/routingmap.h"

// The model that serves a category today: its route's primary, else the default chain's first;
// empty when the map names neither. Shadow comparisons take it as their baseline.
QString servingModel(const RoutingMap& routing, const QString& category);
