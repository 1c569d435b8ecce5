// SPDX-License-Identifier: GPL-3.0-or-later
#include "cascadesuggestion.h"

#include "cascade/cascadecheck.h"
#include "routeexplanation.h"
#include "routeranking.h"
#include "scoring/scoringengine.h"

#include <QCoreApplication>

namespace {
class CascadeSuggestion
{
    Q_DECLARE_TR_FUNCTIONS(RouteSuggestion)
};

bool pricesRoutes(OptimisationTarget target)
{
    return target == OptimisationTarget::CheapestPassing || target == OptimisationTarget::LowestTotalCost;
}

ScorerSpec unweighted(ScorerSpec spec)
{
    spec.weight = 1.0;
    return spec;
}

// The checks that every case of the category runs and that need no expected output.
QList<ScorerSpec> sharedChecks(const Category& category)
{
    QList<ScorerSpec> shared;
    bool first = true;
    for (const TestCase& testCase : category.cases) {
        QList<ScorerSpec> own;
        for (const ScorerSpec& spec : effectiveScorers(testCase, category)) {
            if (cascadeCheckProblem(spec).isEmpty())
                own.append(unweighted(spec));
        }
        if (first)
            shared = own;
        else
            shared.removeIf([&own](const ScorerSpec& spec) { return !own.contains(spec); });
        first = false;
    }
    return shared;
}

// The model of the run that costs least per request on the category, and the most accurate one.
std::pair<QString, QString> cheapestAndBest(const Workspace& workspace, const RunAnalysis& analysis,
                                            const QString& category)
{
    QList<CellStats> cells = analysis.cellsOfCategory(category);
    cells.removeIf([&workspace](const CellStats& cell) { return cell.trials == 0 || !workspace.model(cell.modelId); });
    if (cells.isEmpty())
        return {};
    return { rankedCells(OptimisationTarget::CheapestPassing, cells).constFirst().modelId,
             rankedCells(OptimisationTarget::MostAccurate, cells).constFirst().modelId };
}

void addCandidate(QList<CascadeCell>& candidates, const Workspace& workspace, const QList<ResultRecord>& results,
                  const QString& category, const QStringList& chain, const ScorerSpec& check)
{
    if (chain.size() < 2 || chain.constFirst().isEmpty() || chain.constLast().isEmpty()
        || chain.constFirst() == chain.constLast())
        return;
    for (const CascadeCell& candidate : std::as_const(candidates)) {
        if (candidate.figures.chain == chain && candidate.figures.check == check)
            return;
    }
    if (const CascadeCellResult simulated = cascadeCell(workspace, results, category, chain, check); simulated.cascade)
        candidates.append(*simulated.cascade);
}

double rankingCost(OptimisationTarget target, const CellStats& cell)
{
    return target == OptimisationTarget::LowestTotalCost ? cell.expectedTotalCostPerRequest()
                                                         : cell.modelCostPerRequest();
}
} // namespace

QList<CascadeCell> cascadeCandidates(const Workspace& workspace, const RunAnalysis& analysis, const QString& category,
                                     const QList<ResultRecord>& results, const RouteSuggestion& single)
{
    QList<CascadeCell> candidates;
    const Category* spec = workspace.category(category);
    if (!spec || results.isEmpty())
        return candidates;
    if (const Route* route = workspace.routing.routeFor(category); route && route->cascadeCheck)
        addCandidate(candidates, workspace, results, category, route->chain, *route->cascadeCheck);
    const auto [cheapest, best] = cheapestAndBest(workspace, analysis, category);
    for (const ScorerSpec& check : sharedChecks(*spec)) {
        addCandidate(candidates, workspace, results, category, { cheapest, single.chain.value(0) }, check);
        addCandidate(candidates, workspace, results, category, { cheapest, best }, check);
    }
    return candidates;
}

std::optional<CascadeCell> betterCascade(const Workspace& workspace, const RunAnalysis& analysis,
                                         const QString& category, const QList<ResultRecord>& results,
                                         const RouteSuggestion& single)
{
    if (!pricesRoutes(single.target) || single.confidence == SuggestionConfidence::NoData)
        return std::nullopt;
    const CellStats* winner = single.chain.isEmpty() ? nullptr : analysis.cell(category, single.chain.constFirst());
    std::optional<CascadeCell> chosen;
    for (const CascadeCell& candidate : cascadeCandidates(workspace, analysis, category, results, single)) {
        if (!candidate.cell.meetsBarObserved())
            continue;
        const double cost = rankingCost(single.target, candidate.cell);
        if (winner && cost >= rankingCost(single.target, *winner))
            continue;
        if (!chosen || cost < rankingCost(single.target, chosen->cell))
            chosen = candidate;
    }
    return chosen;
}

void suggestCascade(RouteSuggestion& suggestion, const CascadeCell& cascade, const RunAnalysis& analysis,
                    const QDateTime& runDate)
{
    const CellStats* single
        = suggestion.chain.isEmpty() ? nullptr : analysis.cell(suggestion.category, suggestion.chain.constFirst());
    suggestion.chain = cascade.figures.chain;
    suggestion.cascadeCheck = cascade.figures.check;
    suggestion.evidence = evidenceFor(cascade.cell, analysis.runId, runDate);
    suggestion.runnerUp = single ? single->modelId : QString();
    if (single)
        suggestion.evidence->runnerUp = runnerUpEvidenceFor(*single);
    const bool decided = cascade.cell.verdict.outcome == BarOutcome::Meets;
    suggestion.confidence = decided ? SuggestionConfidence::Clear : SuggestionConfidence::Close;
    suggestion.moreCasesNeeded = decided ? 0 : int(cascade.cell.verdict.moreCases);
    const QString figures
        = CascadeSuggestion::tr("%1 escalating when an answer fails %2 passes %3 of %4 requests at $%5 per 1,000 "
                                "(%6% escalate)")
              .arg(cascadeLabel(cascade.figures.chain), cascadeCheckText(cascade.figures.check))
              .arg(cascade.figures.passes)
              .arg(cascade.figures.requests)
              .arg(cascade.figures.costPer1kUsd, 0, 'f', 4)
              .arg(qRound(cascade.figures.escalationRate() * 100));
    suggestion.explanation = single
        ? CascadeSuggestion::tr("%1, which meets the bar for less than the cheapest single model that does, %2 at "
                                "$%3 per 1,000.")
              .arg(figures, single->modelId)
              .arg(single->costPer1kRequests(), 0, 'f', 4)
        : CascadeSuggestion::tr("%1: it meets the bar, which no single model does.").arg(figures);
}
