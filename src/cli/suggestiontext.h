// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "freshness/pricingshift.h"
#include "routing/routesuggestion.h"
#include "routing/savingsprojection.h"

// What signalbox-cli suggest prints: the suggestions of a run as a table with their explanations,
// the default chain and the projected monthly cost.
struct SuggestionReport {
    QString runId;
    QList<RouteSuggestion> suggestions;
    QStringList defaultChain;
    SavingsProjection projection; // suggested map; previous: the workspace's current map
    QList<PricingShift> pricingShifts; // routes whose winner today's prices change
};

QString suggestionText(const SuggestionReport& report);
