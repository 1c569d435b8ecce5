// SPDX-License-Identifier: GPL-3.0-or-later
#include "endtoend.h"

#include "routing/servingmodel.h"

#include <QHash>
#include <QSet>

namespace {
struct Verdict {
    int trials = 0;
    double passes = 0.0;
    double costUsd = 0.0;
    QString answer;
    int answerRepeat = -1;

    double pass() const { return passes / trials; }
    double cost() const { return costUsd / trials; }
};

QString keyOf(const QString& category, const QString& caseId, const QString& model)
{
    return category + u'\n' + caseId + u'\n' + model;
}

// Results are keyed by the case's own category: a case of A sent to B's model is found under A.
QHash<QString, Verdict> verdictsOf(const QList<ResultRecord>& results)
{
    QHash<QString, Verdict> verdicts;
    for (const ResultRecord& result : results) {
        if (!result.score)
            continue; // no verdict: the call failed before it could be scored
        Verdict& verdict = verdicts[keyOf(result.category, result.caseId, result.modelId)];
        ++verdict.trials;
        verdict.passes += result.pass ? 1.0 : 0.0;
        verdict.costUsd += result.costUsd;
        if (verdict.answerRepeat < 0 || result.repeat < verdict.answerRepeat) {
            verdict.answer = result.output;
            verdict.answerRepeat = result.repeat;
        }
    }
    return verdicts;
}

QString servedBy(const RoutingMap& routing, const QString& category)
{
    return category == DispatcherSpec::defaultRoute ? routing.defaultChain.value(0) : servingModel(routing, category);
}

const Verdict* find(const QHash<QString, Verdict>& verdicts, const LabelledRequest& request, const QString& model)
{
    if (model.isEmpty())
        return nullptr;
    const auto it = verdicts.constFind(keyOf(request.category, request.caseId, model));
    return it == verdicts.cend() ? nullptr : &*it;
}

void count(ServedFigures& figures, const Verdict* verdict, double extraCostUsd = 0.0)
{
    if (!verdict) {
        ++figures.notEvaluated;
        return;
    }
    ++figures.cases;
    figures.passes += verdict->pass();
    figures.costUsd += verdict->cost() + extraCostUsd;
}

bool better(const ServedFigures& a, const ServedFigures& b)
{
    if (a.cases != b.cases)
        return a.cases > b.cases;
    if (a.passes != b.passes)
        return a.passes > b.passes;
    if (a.costUsd != b.costUsd)
        return a.costUsd < b.costUsd;
    return a.model < b.model;
}

ServedFigures bestSingleModel(const QList<LabelledRequest>& requests, const QList<ResultRecord>& results,
                              const QHash<QString, Verdict>& verdicts)
{
    QStringList models;
    for (const ResultRecord& result : results) {
        if (!models.contains(result.modelId))
            models.append(result.modelId);
    }
    ServedFigures best;
    for (const QString& model : std::as_const(models)) {
        ServedFigures figures;
        figures.model = model;
        for (const LabelledRequest& request : requests) {
            if (!request.caseId.isEmpty())
                count(figures, find(verdicts, request, model));
        }
        if (best.model.isEmpty() || better(figures, best))
            best = figures;
    }
    return best;
}

struct CategoryPrice {
    int cases = 0;
    double deployedPasses = 0.0;
    double perfectPasses = 0.0;
    double deployedCost = 0.0;
    double perfectCost = 0.0;
};

void priceMisroutes(EndToEndFigures& figures, const Workspace& workspace, const QMap<QString, CategoryPrice>& prices)
{
    CategoryPrice total;
    double shares = 0.0;
    double monthlyCost = 0.0;
    double monthlyPasses = 0.0;
    for (auto it = prices.cbegin(); it != prices.cend(); ++it) {
        total.cases += it->cases;
        total.deployedPasses += it->deployedPasses;
        total.perfectPasses += it->perfectPasses;
        total.deployedCost += it->deployedCost;
        total.perfectCost += it->perfectCost;
        const Category* category = workspace.category(it.key());
        const double share = category ? category->trafficShare : 0.0;
        shares += share;
        monthlyCost += share * (it->deployedCost - it->perfectCost) / it->cases;
        monthlyPasses += share * (it->perfectPasses - it->deployedPasses) / it->cases;
    }
    figures.comparedCases = total.cases;
    if (total.cases == 0)
        return;
    figures.passRateLoss = (total.perfectPasses - total.deployedPasses) / total.cases;
    figures.costChangePer1k = (total.deployedCost - total.perfectCost) / total.cases * 1000.0;
    const double monthly = double(workspace.traffic.monthlyRequests);
    if (monthly > 0 && shares > 0) {
        figures.monthlyCostChangeUsd = monthly * monthlyCost;
        figures.monthlyLostPasses = monthly * monthlyPasses;
    }
}
} // namespace

EndToEndFigures endToEndFigures(const Workspace& workspace, const QList<LabelledRequest>& requests,
                                const QList<Dispatch>& dispatches, const QList<ResultRecord>& results)
{
    EndToEndFigures figures;
    figures.runId = results.isEmpty() ? QString() : results.constFirst().runId;
    const QHash<QString, Verdict> verdicts = verdictsOf(results);
    QMap<QString, CategoryPrice> prices;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const LabelledRequest& request = requests.at(i);
        DispatchedCaseOutcome outcome;
        if (request.caseId.isEmpty() || i >= dispatches.size()) {
            figures.outcomes.append(outcome);
            continue;
        }
        const Dispatch& dispatch = dispatches.at(i);
        outcome.deployedModel = servedBy(workspace.routing, dispatch.category);
        outcome.perfectModel = servedBy(workspace.routing, request.category);
        const Verdict* deployed = find(verdicts, request, outcome.deployedModel);
        const Verdict* perfect = find(verdicts, request, outcome.perfectModel);
        count(figures.deployed, deployed, dispatch.classifierCostUsd);
        count(figures.perfect, perfect);
        if (deployed) {
            outcome.deployedPass = deployed->pass();
            outcome.deployedAnswer = deployed->answer;
        }
        if (perfect)
            outcome.perfectPass = perfect->pass();
        if (deployed && perfect) {
            CategoryPrice& price = prices[request.category];
            ++price.cases;
            price.deployedPasses += deployed->pass();
            price.perfectPasses += perfect->pass();
            price.deployedCost += deployed->cost() + dispatch.classifierCostUsd;
            price.perfectCost += perfect->cost();
        }
        figures.outcomes.append(outcome);
    }
    figures.bestSingle = bestSingleModel(requests, results, verdicts);
    priceMisroutes(figures, workspace, prices);
    return figures;
}
