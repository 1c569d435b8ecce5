// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/routeguard.h"

#include <functional>

class QWidget;

// Asks before a route goes to a model whose evidence misses the bar or does not decide it, naming
// the evidence ("gpt-4o-mini: 13 of 15 (86.7%) on a 90.0% bar, 30% likely to meet it"), with any
// further facts (shadow verdicts) after it. True without concerns, or when the user routes anyway.
// The question is a window-modal QMessageBox named "routeConfirmation", so tests can answer it.
bool confirmRoutes(QWidget* parent, const QString& title, const QList<RouteConcern>& concerns,
                   const QStringList& facts = {});

// How an area asks: the dialog above by default; tests put an answer of their own in its place.
using RouteConfirmation
    = std::function<bool(const QString& title, const QList<RouteConcern>& concerns, const QStringList& facts)>;
RouteConfirmation dialogRouteConfirmation(QWidget* parent);
