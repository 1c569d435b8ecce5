// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cascade/cascadecell.h"
#include "routesuggestion.h"

// When a cascade serves a category better than the single model suggested, under the targets that
// price a route: cheapest-passing (the cascade meets the bar on the run's counts at a lower cost per
// request than every single model that does) and lowest-total-cost (it meets the bar at a lower
// expected total cost per request). The other targets rank by accuracy, latency or stability, which
// a cascade does not buy cheaper, and are left alone.
//
// The candidates are few and named, so that a suggestion can be explained:
// - the category's route, when the map already makes it a cascade (its chain and check);
// - for each check every case of the category runs that needs no expected output (is-json,
//   contains-json, regex, word-count, contains-any, icontains-any, their not- forms), the cheapest
//   model of the run on the category escalating to the single model suggested, and to the most
//   accurate model when that is another one.
// Each is simulated exactly on the run's answers (every model of the chain answered every request);
// one the run cannot simulate is no candidate.
QList<CascadeCell> cascadeCandidates(const Workspace& workspace, const RunAnalysis& analysis, const QString& category,
                                     const QList<ResultRecord>& results, const RouteSuggestion& single);

// The candidate the target prefers to the single suggestion, if one beats it.
std::optional<CascadeCell> betterCascade(const Workspace& workspace, const RunAnalysis& analysis,
                                         const QString& category, const QList<ResultRecord>& results,
                                         const RouteSuggestion& single);

// The suggestion turned into the cascade: its chain and check, the cascade's figures as evidence
// with the single model it beat as the runner-up, its confidence and explanation.
void suggestCascade(RouteSuggestion& suggestion, const CascadeCell& cascade, const RunAnalysis& analysis,
                    const QDateTime& runDate);
