// SPDX-License-Identifier: GPL-3.0-or-later
#include "routesuggestion.h"

#include "cascadesuggestion.h"
#include "evidencestatus.h"
#include "namedvalues.h"
#include "routeexplanation.h"
#include "routeranking.h"

#include <algorithm>
#include <QCoreApplication>
#include <QSet>

namespace {
constexpr std::array<NamedValue<SuggestionConfidence>, 4> confidenceNames = { {
    { SuggestionConfidence::Clear, "clear", QT_TRANSLATE_NOOP("RouteSuggestion", "Clear") },
    { SuggestionConfidence::Close, "close", QT_TRANSLATE_NOOP("RouteSuggestion", "Close") },
    { SuggestionConfidence::NoneMeetsBar, "none-meets-bar",
      QT_TRANSLATE_NOOP("RouteSuggestion", "None meets the bar") },
    { SuggestionConfidence::NoData, "no-data", QT_TRANSLATE_NOOP("RouteSuggestion", "No data") },
} };

// The cells of a category the run answered, of models the workspace still has.
QList<CellStats> routableCells(const Workspace& workspace, const RunAnalysis& analysis, const QString& category)
{
    QList<CellStats> cells = analysis.cellsOfCategory(category);
    cells.removeIf([&workspace](const CellStats& cell) { return cell.trials == 0 || !workspace.model(cell.modelId); });
    return cells;
}

QString providerOf(const Workspace& workspace, const QString& modelId)
{
    const ModelSpec* model = workspace.model(modelId);
    return model ? model->provider : QString();
}

// The primary, then fallbacks from the ranked candidates: ones that meet the bar first, among them
// ones of a provider the chain does not use yet, then in rank order.
QStringList chainFrom(const Workspace& workspace, const QString& primary, const QStringList& ranked,
                      const QSet<QString>& meeting)
{
    QStringList chain { primary };
    QSet<QString> providers { providerOf(workspace, primary) };
    QStringList rest = ranked;
    rest.removeAll(primary);
    while (chain.size() <= maxFallbacks && !rest.isEmpty()) {
        const auto score = [&](const QString& id) {
            return 2 * int(!meeting.contains(id)) + int(providers.contains(providerOf(workspace, id)));
        };
        const auto best = std::min_element(rest.cbegin(), rest.cend(),
                                           [&](const QString& a, const QString& b) { return score(a) < score(b); });
        chain.append(*best);
        providers.insert(providerOf(workspace, *best));
        rest.remove(best - rest.cbegin());
    }
    return chain;
}

QDateTime dateOfRun(const QString& runId, const QList<ResultRecord>& results)
{
    QDateTime date = QDateTime::fromString(runId, QStringLiteral("yyyy-MM-ddTHH-mm-ss"));
    if (date.isValid()) // run ids are start times in UTC
        return QDateTime(date.date(), date.time(), Qt::UTC);
    for (const ResultRecord& result : results)
        date = std::max(date, result.finishedAt);
    return date;
}

// For cheapest- and fastest-passing and lowest-total-cost: a model ranked before the winner that missed
// the bar on its counts but whose interval still reaches it; more cases could make it the winner.
const CellStats* undecidedRival(OptimisationTarget target, const QList<CellStats>& ranked, const CellStats& winner)
{
    if (target == OptimisationTarget::MostAccurate || target == OptimisationTarget::MostStable)
        return nullptr;
    for (const CellStats& cell : ranked) {
        if (cell.modelId == winner.modelId)
            return nullptr;
        if (cell.verdict.outcome == BarOutcome::Undecided && cell.verdict.moreCases > 0 && !cell.verdict.beyondCap)
            return &cell;
    }
    return nullptr;
}

void preferCascade(RouteSuggestion& suggestion, const Workspace& workspace, const RunAnalysis& analysis,
                   const QList<ResultRecord>& results)
{
    if (const auto cascade = betterCascade(workspace, analysis, suggestion.category, results, suggestion))
        suggestCascade(suggestion, *cascade, analysis, dateOfRun(analysis.runId, results));
}

void judgeConfidence(RouteSuggestion& suggestion, const QList<CellStats>& ranked, const QList<CellStats>& passing,
                     const QList<ResultRecord>& results)
{
    const CellStats& winner = passing.constFirst();
    SuggestionFacts facts { &winner };
    if (const CellStats* rival = undecidedRival(suggestion.target, ranked, winner)) {
        facts.rival = rival;
    } else {
        const bool byAccuracy = suggestion.target == OptimisationTarget::MostAccurate;
        const QList<CellStats>& field = byAccuracy ? ranked : passing;
        if (field.size() > 1) {
            facts.runnerUp = &field.at(1);
            if (ranksByProportion(suggestion.target, winner, *facts.runnerUp)) {
                const QList<ResultRecord> first = cellResults(results, winner.category, winner.modelId);
                const QList<ResultRecord> second = cellResults(results, winner.category, facts.runnerUp->modelId);
                const PairedCounts paired = pairOutcomes(first, second);
                facts.separation = separation(winner, *facts.runnerUp, results.isEmpty() ? nullptr : &paired);
            }
        }
    }
    suggestion.runnerUp = facts.rival ? facts.rival->modelId : (facts.runnerUp ? facts.runnerUp->modelId : QString());
    qint64 more = 0;
    if (winner.verdict.outcome == BarOutcome::Undecided)
        more = winner.verdict.moreCases;
    if (facts.rival)
        more = std::max(more, facts.rival->verdict.moreCases);
    if (facts.separation && !facts.separation->separated && !facts.separation->tie)
        more = std::max(more, facts.separation->moreCases);
    const bool open = winner.verdict.outcome != BarOutcome::Meets || facts.rival
        || (facts.separation && !facts.separation->separated);
    suggestion.confidence = open ? SuggestionConfidence::Close : SuggestionConfidence::Clear;
    suggestion.moreCasesNeeded = int(more);
    suggestion.explanation = explainSuggestion(suggestion.target, facts);
}
} // namespace

QString suggestionConfidenceKey(SuggestionConfidence confidence)
{
    return QLatin1String(namedValue(confidenceNames, confidence).key);
}

QString suggestionConfidenceDisplayName(SuggestionConfidence confidence)
{
    return QCoreApplication::translate("RouteSuggestion", namedValue(confidenceNames, confidence).display);
}

Route RouteSuggestion::toRoute() const
{
    return { category, chain, targetKey(target), evidence, std::nullopt, cascadeCheck };
}

namespace {
std::optional<double> optionalDouble(std::optional<qint64> value)
{
    return value ? std::optional<double>(double(*value)) : std::nullopt;
}
} // namespace

RouteEvidence evidenceFor(const CellStats& cell, const QString& runId, const QDateTime& runDate)
{
    return { runId,
             runDate,
             cell.cases,
             cell.passRate(),
             cell.passInterval.lower,
             cell.passInterval.upper,
             cell.costPer1kRequests(),
             optionalDouble(cell.latencyP95Ms),
             cell.probMeetsBar };
}

RunnerUpEvidence runnerUpEvidenceFor(const CellStats& cell)
{
    return { cell.modelId,
             cell.passRate(),
             cell.passInterval.lower,
             cell.passInterval.upper,
             cell.costPer1kRequests(),
             optionalDouble(cell.latencyP95Ms),
             cell.probMeetsBar };
}

RouteSuggestion suggestRoute(const Workspace& workspace, const RunAnalysis& analysis, const QString& category,
                             const QList<ResultRecord>& results)
{
    RouteSuggestion suggestion;
    suggestion.category = category;
    const Category* spec = workspace.category(category);
    suggestion.target = spec ? spec->target : OptimisationTarget::CheapestPassing;
    const QList<CellStats> ranked = rankedCells(suggestion.target, routableCells(workspace, analysis, category));
    if (ranked.isEmpty()) {
        suggestion.explanation = explainNoData(category);
        return suggestion;
    }
    QList<CellStats> passing = ranked;
    passing.removeIf([](const CellStats& cell) { return !cell.meetsBarObserved(); });
    if (passing.isEmpty()) {
        suggestion.confidence = SuggestionConfidence::NoneMeetsBar;
        suggestion.runnerUp = rankedCells(OptimisationTarget::MostAccurate, ranked).constFirst().modelId;
        suggestion.explanation
            = explainNoneMeetsBar(rankedCells(OptimisationTarget::MostAccurate, ranked).constFirst());
        preferCascade(suggestion, workspace, analysis, results);
        return suggestion;
    }
    const CellStats& winner = passing.constFirst();
    QStringList ids;
    QSet<QString> meeting;
    for (const CellStats& cell : ranked) {
        ids.append(cell.modelId);
        if (cell.meetsBarObserved())
            meeting.insert(cell.modelId);
    }
    suggestion.chain = chainFrom(workspace, winner.modelId, ids, meeting);
    suggestion.evidence = evidenceFor(winner, analysis.runId, dateOfRun(analysis.runId, results));
    judgeConfidence(suggestion, ranked, passing, results);
    for (const CellStats& cell : ranked) {
        if (cell.modelId == suggestion.runnerUp)
            suggestion.evidence->runnerUp = runnerUpEvidenceFor(cell);
    }
    preferCascade(suggestion, workspace, analysis, results);
    return suggestion;
}

QList<RouteSuggestion> suggestRoutes(const Workspace& workspace, const RunAnalysis& analysis,
                                     const QList<ResultRecord>& results)
{
    QList<RouteSuggestion> suggestions;
    for (const Category& category : workspace.categories)
        suggestions.append(suggestRoute(workspace, analysis, category.name, results));
    return suggestions;
}

QStringList suggestDefaultChain(const Workspace& workspace, const RunAnalysis& analysis)
{
    double lowest = 1.0;
    for (const Category& category : workspace.categories) {
        if (analysis.categories.contains(category.name))
            lowest = std::min(lowest, category.threshold);
    }
    QList<ModelAggregate> models = analysis.models;
    models.removeIf(
        [&workspace](const ModelAggregate& model) { return model.trials == 0 || !workspace.model(model.modelId); });
    int coverage = 0; // a model benchmarked on fewer categories is not judged on the same mix
    for (const ModelAggregate& model : models)
        coverage = std::max(coverage, model.categories);
    std::stable_sort(models.begin(), models.end(), [](const ModelAggregate& a, const ModelAggregate& b) {
        if (a.costPer1kRequests != b.costPer1kRequests)
            return a.costPer1kRequests < b.costPer1kRequests;
        if (a.accuracy != b.accuracy)
            return a.accuracy > b.accuracy;
        return a.modelId < b.modelId;
    });
    QStringList ids;
    QSet<QString> meeting;
    constexpr double tolerance = 1e-9; // a weighted mean of rates: ">=" up to rounding
    for (const ModelAggregate& model : models) {
        ids.append(model.modelId);
        if (model.categories == coverage && model.accuracy + tolerance >= lowest)
            meeting.insert(model.modelId);
    }
    const auto primary
        = std::find_if(ids.cbegin(), ids.cend(), [&](const QString& id) { return meeting.contains(id); });
    return primary == ids.cend() ? QStringList() : chainFrom(workspace, *primary, ids, meeting);
}

RoutingMap applySuggestions(const RoutingMap& current, const QList<RouteSuggestion>& suggestions,
                            const QStringList& defaultChain, bool overrideManual)
{
    RoutingMap map = current;
    for (const RouteSuggestion& suggestion : suggestions) {
        if (suggestion.chain.isEmpty())
            continue;
        const auto existing = std::find_if(map.routes.begin(), map.routes.end(),
                                           [&](const Route& route) { return route.category == suggestion.category; });
        if (existing == map.routes.end())
            map.routes.append(suggestion.toRoute());
        else if (overrideManual || existing->rule != manualRule)
            *existing = suggestion.toRoute();
    }
    if (map.defaultChain.isEmpty())
        map.defaultChain = defaultChain;
    return map;
}
