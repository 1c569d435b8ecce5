// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricingshift.h"

#include "runsnapshot.h"

#include <cmath>

namespace {
double costPer1k(const RunAnalysis& analysis, const QString& category, const QString& modelId)
{
    const CellStats* cell = analysis.cell(category, modelId);
    return cell ? cell->costPer1kRequests() : 0.0;
}

std::optional<double> monthlySaving(const Workspace& workspace, const QString& category, double savingPer1k)
{
    const Category* found = workspace.category(category);
    if (!found || workspace.traffic.monthlyRequests <= 0 || found->trafficShare <= 0.0)
        return std::nullopt;
    return savingPer1k / 1000.0 * double(workspace.traffic.monthlyRequests) * found->trafficShare;
}

Repricing comparePrices(const Workspace& workspace, const QList<ResultRecord>& before, const QList<ResultRecord>& after,
                        const QStringList& modelsWithoutRunPrices)
{
    Repricing repricing;
    repricing.modelsWithoutRunPrices = modelsWithoutRunPrices;
    const RunAnalysis beforeAnalysis = analyseRun(workspace, before);
    const RunAnalysis afterAnalysis = analyseRun(workspace, after);
    repricing.atRunPrices = suggestRoutes(workspace, beforeAnalysis, before);
    repricing.atCurrentPrices = suggestRoutes(workspace, afterAnalysis, after);
    for (qsizetype i = 0; i < repricing.atRunPrices.size(); ++i) {
        const QString oldWinner = repricing.atRunPrices.at(i).chain.value(0);
        const QString newWinner = repricing.atCurrentPrices.at(i).chain.value(0);
        if (oldWinner.isEmpty() || newWinner.isEmpty() || oldWinner == newWinner)
            continue;
        const QString& category = repricing.atRunPrices.at(i).category;
        PricingShift shift { category,
                             oldWinner,
                             newWinner,
                             costPer1k(afterAnalysis, category, oldWinner),
                             costPer1k(afterAnalysis, category, newWinner),
                             std::nullopt };
        shift.monthlySavingUsd = monthlySaving(workspace, category, shift.savingPer1k());
        repricing.shifts.append(shift);
    }
    return repricing;
}
} // namespace

const PricingShift* Repricing::shiftOf(const QString& category) const
{
    for (const PricingShift& shift : shifts) {
        if (shift.category == category)
            return &shift;
    }
    return nullptr;
}

QList<ResultRecord> repricedResults(const QList<ResultRecord>& results, const QMap<QString, Price>& prices)
{
    QList<ResultRecord> repriced = results;
    for (ResultRecord& result : repriced) {
        const auto price = prices.constFind(result.modelId);
        if (price != prices.cend())
            result.costUsd = price->costOf(result.inputTokens, result.outputTokens, result.cachedInputTokens);
    }
    return repriced;
}

QMap<QString, Price> currentPrices(const Workspace& workspace)
{
    QMap<QString, Price> prices;
    for (const ModelSpec& model : workspace.models)
        prices.insert(model.id, model.price);
    return prices;
}

Repricing repriceRun(const Workspace& workspace, const RunInfo& run, const QList<ResultRecord>& results)
{
    return repriceRun(workspace, RunSnapshot::fromJson(run.settings.snapshot).prices, currentPrices(workspace),
                      results);
}

Repricing repriceRun(const Workspace& workspace, const QMap<QString, Price>& runPrices,
                     const QMap<QString, Price>& nowPrices, const QList<ResultRecord>& results)
{
    // A model priced on one side only would be compared at a stored cost against a recomputed one.
    QMap<QString, Price> now;
    QStringList withoutRunPrices;
    for (auto it = nowPrices.cbegin(); it != nowPrices.cend(); ++it) {
        if (runPrices.contains(it.key()))
            now.insert(it.key(), it.value());
        else
            withoutRunPrices.append(it.key());
    }
    return comparePrices(workspace, repricedResults(results, runPrices), repricedResults(results, now),
                         withoutRunPrices);
}

Repricing repriceLatest(const Workspace& workspace, const LatestEvidence& evidence)
{
    const QMap<QString, Price> now = currentPrices(workspace);
    QHash<QString, QMap<QString, Price>> runPrices;
    for (const RunInfo& run : evidence.runs)
        runPrices.insert(run.id, RunSnapshot::fromJson(run.settings.snapshot).prices);
    QList<ResultRecord> before = evidence.results;
    QList<ResultRecord> after = evidence.results;
    QStringList withoutRunPrices;
    for (qsizetype i = 0; i < before.size(); ++i) {
        ResultRecord& result = before[i];
        const QMap<QString, Price> prices = runPrices.value(result.runId);
        const auto then = prices.constFind(result.modelId);
        const auto today = now.constFind(result.modelId);
        if (then == prices.cend()) {
            if (today != now.cend() && !withoutRunPrices.contains(result.modelId))
                withoutRunPrices.append(result.modelId);
            continue; // its stored cost stands for both sides
        }
        result.costUsd = then->costOf(result.inputTokens, result.outputTokens, result.cachedInputTokens);
        after[i].costUsd = today == now.cend()
            ? result.costUsd
            : today->costOf(result.inputTokens, result.outputTokens, result.cachedInputTokens);
    }
    Repricing repricing = comparePrices(workspace, before, after, withoutRunPrices);
    // Labelled with each primary's own run, as the suggestions of the latest evidence are.
    repricing.atRunPrices = labelledWithCells(repricing.atRunPrices, evidence);
    repricing.atCurrentPrices = labelledWithCells(repricing.atCurrentPrices, evidence);
    return repricing;
}

QJsonObject pricingShiftJson(const PricingShift& shift)
{
    QJsonObject json { { QStringLiteral("pricing_changed_winner"), true },
                       { QStringLiteral("pricing_old_winner"), shift.oldWinner },
                       { QStringLiteral("pricing_new_winner"), shift.newWinner },
                       { QStringLiteral("pricing_saving_per_1k_usd"), shift.savingPer1k() } };
    if (shift.monthlySavingUsd)
        json.insert(QStringLiteral("pricing_monthly_saving_usd"), *shift.monthlySavingUsd);
    return json;
}

QString PricingShiftText::usd(double dollars)
{
    const double size = std::abs(dollars);
    const QString digits = size >= 0.01 || size == 0.0 ? QString::number(size, 'f', 2) : QString::number(size, 'g', 2);
    return (dollars < 0.0 ? QStringLiteral("-$") : QStringLiteral("$")) + digits;
}

QString PricingShiftText::describe(const PricingShift& shift)
{
    const QString atStake = shift.monthlySavingUsd
        ? tr("%1 per 1,000 requests (%2 a month) at stake").arg(usd(shift.savingPer1k()), usd(*shift.monthlySavingUsd))
        : tr("%1 per 1,000 requests at stake").arg(usd(shift.savingPer1k()));
    return tr("%1 won at the run's prices, %2 wins at today's: %3").arg(shift.oldWinner, shift.newWinner, atStake);
}
