// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelaggregate.h"

namespace {
double shareOf(const Workspace& workspace, const QString& category)
{
    const Category* found = workspace.category(category);
    return found ? std::max(0.0, found->trafficShare) : 0.0;
}

QList<double> normalisedWeights(const QList<double>& shares)
{
    double total = 0.0;
    for (double share : shares)
        total += share;
    QList<double> weights;
    weights.reserve(shares.size());
    for (double share : shares)
        weights.append(total > 0.0 ? share / total : 1.0 / double(shares.size()));
    return weights;
}

void addWeighted(ModelAggregate& aggregate, const CellStats& cell, double weight)
{
    aggregate.accuracy += weight * cell.passRate();
    aggregate.accuracyInterval.lower += weight * cell.passInterval.lower;
    aggregate.accuracyInterval.upper += weight * cell.passInterval.upper;
    aggregate.meanScore += weight * cell.meanScore;
    aggregate.errorRate += weight * cell.errorRate();
    aggregate.costPer1kRequests += weight * cell.costPer1kRequests();
    aggregate.judgeCostPer1kTrials += weight * 1000.0 * cell.judgeCostPerTrial();
    aggregate.meanInputTokens += weight * cell.meanInputTokens;
    aggregate.meanOutputTokens += weight * cell.meanOutputTokens;
    aggregate.stability += weight * cell.stability();
    aggregate.passHatK += weight * cell.passHatK();
}

// Only the categories with a measured latency weigh in: one answered through a batch says nothing
// about speed, and counting it as 0 would make the model look faster than it is.
void addLatencies(ModelAggregate& aggregate, const QList<CellStats>& cells, const QList<double>& shares)
{
    QList<const CellStats*> timed;
    QList<double> timedShares;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (cells.at(i).latencyP50Ms && cells.at(i).latencyP95Ms) {
            timed.append(&cells.at(i));
            timedShares.append(shares.at(i));
        }
    }
    if (timed.isEmpty())
        return;
    const QList<double> weights = normalisedWeights(timedShares);
    double p50 = 0.0;
    double p95 = 0.0;
    for (qsizetype i = 0; i < timed.size(); ++i) {
        p50 += weights.at(i) * double(*timed.at(i)->latencyP50Ms);
        p95 += weights.at(i) * double(*timed.at(i)->latencyP95Ms);
    }
    aggregate.latencyP50Ms = p50;
    aggregate.latencyP95Ms = p95;
}

void addCounts(ModelAggregate& aggregate, const CellStats& cell)
{
    aggregate.trials += cell.trials;
    aggregate.passes += cell.passes;
    aggregate.errors += cell.errors;
    aggregate.categoriesMeetingBar += cell.verdict.outcome == BarOutcome::Meets;
    aggregate.categoriesFailingBar += cell.verdict.outcome == BarOutcome::Fails;
}
} // namespace

ModelAggregate aggregateModel(const Workspace& workspace, const QString& modelId, const QList<CellStats>& cells)
{
    ModelAggregate aggregate;
    aggregate.modelId = modelId;
    aggregate.accuracyInterval = { 0.0, 0.0 };
    QList<double> shares;
    for (const CellStats& cell : cells)
        shares.append(shareOf(workspace, cell.category));
    const QList<double> weights = normalisedWeights(shares);
    for (qsizetype i = 0; i < cells.size(); ++i) {
        addWeighted(aggregate, cells.at(i), weights.at(i));
        addCounts(aggregate, cells.at(i));
        aggregate.trafficCovered += shares.at(i);
    }
    addLatencies(aggregate, cells, shares);
    aggregate.categories = int(cells.size());
    if (cells.isEmpty())
        aggregate.accuracyInterval = {};
    aggregate.monthlyCostUsd = aggregate.costPer1kRequests / 1000.0 * double(workspace.traffic.monthlyRequests);
    return aggregate;
}
