// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "freshness/pricingshift.h"
#include "routing/routesuggestion.h"
#include "runevidence/evidenceservice.h"
#include "statistics/runanalysis.h"

// A run's figures and what they suggest for the routing map, computed together on a pool thread.
struct RouteAnalysis {
    RunAnalysis analysis;
    QList<RouteSuggestion> suggestions;
    QStringList defaultChain;
    QList<PricingShift> pricingShifts; // routes whose winner today's prices change
    QString cacheWarning; // when the run's answers mostly came from the cache
    LatestEvidence evidence; // across runs; empty for one run
    QList<CascadeCell> cascades; // the map's cascades simulated on the results
    // False when the map changed while the analysis ran: a simulation under way knows the newer map.
    bool cascadesCurrent = true;
};

// The Routing area's evidence: the run chosen (or the latest evidence across runs) read and
// analysed with the suggestions off the GUI thread.
class RoutingAnalyser : public EvidenceService
{
    Q_OBJECT
public:
    using EvidenceService::EvidenceService;

Q_SIGNALS:
    void analysed(const RouteAnalysis& analysed);

private:
    void startAnalysis(const Workspace& workspace, quint64 generation) override;
};
