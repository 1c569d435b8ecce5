// SPDX-License-Identifier: GPL-3.0-or-later
#include "servingmodel.h"

QString servingModel(const RoutingMap& routing, const QString& category)
{
    if (const Route* route = routing.routeFor(category))
        return route->primary();
    return routing.defaultChain.value(0);
}
