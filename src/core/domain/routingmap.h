// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QStringList>

#include <optional>

// Why a route was chosen: the run's figures for its primary model.
struct RouteEvidence {
    QString runId;
    QDateTime date;
    int cases = 0;
    double accuracy = 0.0;
    double accuracyLow = 0.0; // 95% Wilson interval
    double accuracyHigh = 0.0;
    double costPer1k = 0.0; // US dollars per 1,000 requests
    double latencyP95Ms = 0.0;
    // P(true pass rate >= the category's bar), 0..1, under the Jeffreys posterior on the cases;
    // absent in files written before it was recorded.
    std::optional<double> probMeetsBar;
    friend bool operator==(const RouteEvidence&, const RouteEvidence&) = default;
};

struct Route {
    QString category;
    QStringList chain; // model ids: primary first, then up to three fallbacks
    QString rule; // an optimisation target key, or "manual"
    std::optional<RouteEvidence> evidence;

    QString primary() const { return chain.value(0); }
    QStringList fallbacks() const { return chain.mid(1); }
    friend bool operator==(const Route&, const Route&) = default;
};

struct RoutingMap {
    QList<Route> routes;
    QStringList defaultChain; // for categories the map does not name

    const Route* routeFor(const QString& category) const;
    bool isEmpty() const { return routes.isEmpty() && defaultChain.isEmpty(); }
    friend bool operator==(const RoutingMap&, const RoutingMap&) = default;
};

Q_DECLARE_METATYPE(Route)
