// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"
#include "statistics/runanalysis.h"

#include <optional>

// How sure a suggestion is.
enum class SuggestionConfidence {
    Clear, // the winner clearly meets the bar and, where the target ranks by accuracy, beats the runner-up
    Close, // the bar or the runner-up is not decided yet: moreCasesNeeded says how many cases would likely tell
    NoneMeetsBar, // no model reaches the category's threshold: nothing is suggested
    NoData, // the run has no results for the category
};

QString suggestionConfidenceKey(SuggestionConfidence confidence); // "clear", "close", "none-meets-bar", "no-data"
QString suggestionConfidenceDisplayName(SuggestionConfidence confidence); // translated

// The route a run suggests for one category, following the category's optimisation target.
struct RouteSuggestion {
    QString category;
    OptimisationTarget target = OptimisationTarget::CheapestPassing;
    QStringList chain; // primary, then up to three fallbacks; empty when nothing meets the bar
    std::optional<RouteEvidence> evidence; // of the primary
    SuggestionConfidence confidence = SuggestionConfidence::NoData;
    QString runnerUp; // the model the target ranks next to the primary; empty when there is none
    int moreCasesNeeded = 0; // Close: cases that would likely decide the bar or separate the runner-up
    QString explanation; // translated, one or two sentences
    // Set: the suggestion is a cascade over chain (see cascadesuggestion.h), evidence its figures.
    std::optional<ScorerSpec> cascadeCheck;

    Route toRoute() const; // rule: the target's key
    friend bool operator==(const RouteSuggestion&, const RouteSuggestion&) = default;
};

inline constexpr int maxFallbacks = 3;
inline constexpr double separationAlpha = 0.05; // McNemar p below which two models count as apart

// The suggestion for one category. The models are the workspace's ones the run answered. When the
// run's results are given, the winner and the runner-up are compared paired (exact McNemar) rather than
// by their intervals, and a cascade the target prefers to any single model is suggested instead
// (cascadesuggestion.h).
RouteSuggestion suggestRoute(const Workspace& workspace, const RunAnalysis& analysis, const QString& category,
                             const QList<ResultRecord>& results = {});
// One per category of the workspace, in its order.
QList<RouteSuggestion> suggestRoutes(const Workspace& workspace, const RunAnalysis& analysis,
                                     const QList<ResultRecord>& results = {});
// For categories the map does not name: the cheapest model whose traffic-weighted accuracy meets the
// lowest threshold of the workspace's categories, then fallbacks (other providers first). Empty when
// no model meets it.
QStringList suggestDefaultChain(const Workspace& workspace, const RunAnalysis& analysis);

// The current map with the suggestions applied: manual routes are kept unless overrideManual, a
// suggestion with an empty chain leaves the category's route as it was, and the default chain is
// filled only when the current one is empty.
RoutingMap applySuggestions(const RoutingMap& current, const QList<RouteSuggestion>& suggestions,
                            const QStringList& defaultChain, bool overrideManual = false);

RouteEvidence evidenceFor(const CellStats& cell, const QString& runId, const QDateTime& runDate);
RunnerUpEvidence runnerUpEvidenceFor(const CellStats& cell);

Q_DECLARE_METATYPE(RouteSuggestion)
