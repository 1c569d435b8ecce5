// SPDX-License-Identifier: GPL-3.0-or-later
#include "routeguard.h"

#include "routeexplanation.h"
#include "statistics/betaposterior.h"

#include <cmath>
#include <QCoreApplication>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(RouteGuard)
};

QString concernText(const QString& modelId, const QString& passes, int cases, double rate, double threshold,
                    double probability)
{
    return Text::tr("%1: %2 of %3 (%4) on a %5 bar, %6")
        .arg(modelId, passes, QString::number(cases), percentText(rate), percentText(threshold),
             likelyText(probability));
}
} // namespace

std::optional<RouteConcern> routeConcern(const CellStats& cell)
{
    if (cell.cases == 0 || cell.verdict.outcome == BarOutcome::Meets)
        return std::nullopt;
    return RouteConcern { cell.category, cell.modelId, !cell.meetsBarObserved(),
                          concernText(cell.modelId, casesText(cell.casePasses), cell.cases, cell.passRate(),
                                      cell.threshold, cell.probMeetsBar) };
}

std::optional<RouteConcern> routeConcern(const QString& category, const QString& modelId,
                                         const RouteEvidence& evidence, double threshold)
{
    if (evidence.cases <= 0 || evidence.accuracyLow >= threshold)
        return std::nullopt;
    const double passes = evidence.accuracy * evidence.cases;
    const double probability = evidence.probMeetsBar.value_or(probabilityMeetsBar(passes, evidence.cases, threshold));
    return RouteConcern { category, modelId, !fractionMeets(passes, evidence.cases, threshold),
                          concernText(modelId, casesText(passes), evidence.cases, evidence.accuracy, threshold,
                                      probability) };
}

std::optional<RouteConcern> routeConcern(const Workspace& workspace, const RunAnalysis& analysis,
                                         const QString& category, const QString& modelId,
                                         const std::optional<RouteEvidence>& evidence)
{
    if (const CellStats* cell = analysis.cell(category, modelId); cell && cell->trials > 0)
        return routeConcern(*cell);
    const Category* spec = workspace.category(category);
    if (!evidence || !spec)
        return std::nullopt;
    return routeConcern(category, modelId, *evidence, spec->threshold);
}

QList<RouteConcern> routingConcerns(const Workspace& workspace, const RunAnalysis& analysis, const RoutingMap& before,
                                    const RoutingMap& after)
{
    QList<RouteConcern> concerns;
    for (const Route& route : after.routes) {
        const Route* old = before.routeFor(route.category);
        if (route.chain.isEmpty() || (old && old->primary() == route.primary()))
            continue;
        if (auto concern = routeConcern(workspace, analysis, route.category, route.primary(), route.evidence))
            concerns.append(*concern);
    }
    return concerns;
}
