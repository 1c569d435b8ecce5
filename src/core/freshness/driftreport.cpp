// SPDX-License-Identifier: GPL-3.0-or-later
#include "driftreport.h"

#include "cacheuse.h"
#include "routing/evidencestatus.h"
#include "routing/servingmodel.h"
#include "runsnapshot.h"
#include "statistics/runcomparison.h"

#include <algorithm>

namespace {
const char* const kindKeys[] = { "regression", "new-winner", "price-moves-winner",
                                 "stale-evidence", "mostly-cached", "missing-model" };

QString percent(double rate)
{
    return QString::number(100.0 * rate, 'f', 1) + u'%';
}

// The categories the map routes, each with the model serving it.
QList<std::pair<QString, QString>> routedCategories(const Workspace& workspace)
{
    QList<std::pair<QString, QString>> routed;
    for (const Category& category : workspace.categories) {
        const QString model = servingModel(workspace.routing, category.name);
        if (!model.isEmpty())
            routed.append({ category.name, model });
    }
    return routed;
}

void addRegressions(const DriftInputs& in, DriftReport& report)
{
    const RunComparison comparison = compareRuns(in.workspace, in.baselineResults, in.runResults);
    for (const auto& [category, model] : routedCategories(in.workspace)) {
        for (const CellChange& change : comparison.changes) {
            if (!change.regression || change.key() != CellKey { category, model })
                continue;
            report.items.append({ DriftKind::Regression, category, model,
                                  DriftCheck::tr("accuracy fell from %1 to %2 (p = %3)")
                                      .arg(percent(change.baseline.passRate()), percent(change.current.passRate()),
                                           QString::number(change.pValue(), 'g', 2)) });
        }
    }
}

void addNewWinners(const DriftInputs& in, const QList<RouteSuggestion>& suggestions, DriftReport& report)
{
    for (const RouteSuggestion& suggestion : suggestions) {
        const QString routed = servingModel(in.workspace.routing, suggestion.category);
        const QString winner = suggestion.chain.value(0);
        if (routed.isEmpty() || winner.isEmpty() || winner == routed)
            continue;
        report.items.append({ DriftKind::NewWinner, suggestion.category, winner,
                              DriftCheck::tr("%1 would now win (%2) over the routed %3: %4")
                                  .arg(winner, targetKey(suggestion.target), routed, suggestion.explanation) });
    }
}

void addPriceShifts(const DriftInputs& in, DriftReport& report)
{
    const QMap<QString, Price> runPrices = RunSnapshot::fromJson(in.run.settings.snapshot).prices;
    const QMap<QString, Price> now = in.prices.value_or(currentPrices(in.workspace));
    for (const PricingShift& shift : repriceRun(in.workspace, runPrices, now, in.runResults).shifts)
        report.items.append({ DriftKind::PriceMovesWinner, shift.category, shift.newWinner,
                              PricingShiftText::describe(shift) });
}

void addStaleEvidence(const DriftInputs& in, DriftReport& report)
{
    const QDateTime limit = in.now.addDays(-in.maxAgeDays);
    for (const Route& route : in.workspace.routing.routes) {
        const QDateTime date = route.evidence ? route.evidence->date : QDateTime();
        if (route.rule == manualRule || route.chain.isEmpty())
            continue;
        if (!date.isValid())
            report.items.append({ DriftKind::StaleEvidence, route.category, route.primary(),
                                  DriftCheck::tr("the route keeps no evidence of the run that chose it") });
        else if (date < limit)
            report.items.append({ DriftKind::StaleEvidence, route.category, route.primary(),
                                  DriftCheck::tr("its evidence is from %1, older than %2 days")
                                      .arg(date.date().toString(Qt::ISODate))
                                      .arg(in.maxAgeDays) });
    }
}

void addMostlyCached(const DriftInputs& in, DriftReport& report)
{
    for (const auto& [category, model] : routedCategories(in.workspace)) {
        QList<ResultRecord> cell = in.runResults;
        // Named references: clang 14 (the analyser) cannot capture structured bindings in a lambda.
        const QString& cellCategory = category;
        const QString& cellModel = model;
        cell.removeIf([&](const ResultRecord& r) { return r.category != cellCategory || r.modelId != cellModel; });
        const QString warning = CacheWarning::text(cacheUseOf(cell));
        if (!warning.isEmpty())
            report.items.append({ DriftKind::MostlyCached, category, model, warning });
    }
}

void addMissingModels(const DriftInputs& in, DriftReport& report)
{
    for (const Route& route : in.workspace.routing.routes) {
        for (const QString& id : route.chain) {
            if (!in.workspace.model(id))
                report.items.append({ DriftKind::MissingModel, route.category, id,
                                      DriftCheck::tr("the route names %1, which the workspace no longer has").arg(id) });
        }
    }
    for (const QString& id : in.workspace.routing.defaultChain) {
        if (!in.workspace.model(id))
            report.items.append({ DriftKind::MissingModel, QString(), id,
                                  DriftCheck::tr("the default chain names %1, which the workspace no longer has").arg(id) });
    }
}

int categoryOrder(const Workspace& workspace, const QString& category)
{
    const int index = workspace.indexOfCategory(category);
    return index < 0 ? int(workspace.categories.size()) : index;
}
} // namespace

QString driftKindKey(DriftKind kind)
{
    return QString::fromLatin1(kindKeys[int(kind)]);
}

int DriftReport::count(DriftKind kind) const
{
    return int(std::count_if(items.cbegin(), items.cend(), [kind](const DriftItem& item) { return item.kind == kind; }));
}

DriftReport DriftCheck::check(const DriftInputs& in)
{
    DriftReport report { in.baseline.id, in.run.id, {} };
    addRegressions(in, report);
    const RunAnalysis analysis = analyseRun(in.workspace, in.runResults);
    addNewWinners(in, suggestRoutes(in.workspace, analysis, in.runResults), report);
    addPriceShifts(in, report);
    addStaleEvidence(in, report);
    addMostlyCached(in, report);
    addMissingModels(in, report);
    std::stable_sort(report.items.begin(), report.items.end(), [&](const DriftItem& a, const DriftItem& b) {
        return categoryOrder(in.workspace, a.category) < categoryOrder(in.workspace, b.category);
    });
    return report;
}
