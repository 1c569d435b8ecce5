// SPDX-License-Identifier: GPL-3.0-or-later
#include "routingmap.h"

const Route* RoutingMap::routeFor(const QString& category) const
{
    for (const Route& route : routes) {
        if (route.category == category)
            return &route;
    }
    return nullptr;
}
