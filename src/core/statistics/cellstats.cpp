// SPDX-License-Identifier: GPL-3.0-or-later
#include "cellstats.h"

#include "betaposterior.h"
#include "celltally.h"
#include "mcnemar.h"
#include "percentile.h"

#include <algorithm>
#include <cmath>

namespace {
Interval meanInterval(double sum, double squares, int count)
{
    if (count < 2)
        return {};
    const double mean = sum / count;
    const double variance = std::max(0.0, (squares - count * mean * mean) / (count - 1));
    const double half = z95 * std::sqrt(variance / count);
    return { std::max(0.0, mean - half), std::min(1.0, mean + half) };
}
} // namespace

size_t qHash(const CellKey& key, size_t seed) noexcept
{
    return qHashMulti(seed, key.category, key.modelId);
}

CellTally::CellTally(const QString& category, const QString& modelId)
    : m_category(category)
    , m_modelId(modelId)
{
}

void CellTally::add(const ResultRecord& result)
{
    const bool passed = countsAsPass(result);
    const double score = result.isError() ? 0.0 : result.score.value_or(0.0);
    ++m_trials;
    m_passes += passed;
    m_scoreSum += score;
    m_scoreSquares += score * score;
    m_modelCost += result.costUsd;
    m_judgeCost += result.judgeCostUsd;
    m_inputTokens += result.inputTokens;
    m_outputTokens += result.outputTokens;
    if (result.isError()) {
        ++m_errors;
        ++m_errorsByKind[result.errorKind];
    } else if (result.hasLatency()) {
        m_latencies.append(result.latencyMs);
    } else {
        ++m_unmeasuredLatencies;
    }
    if (result.isRefusal()) {
        ++m_refusals;
        ++m_refusalsByKind[result.refusal];
    }
    Count& perCase = m_cases[result.caseId];
    ++perCase.trials;
    perCase.passes += passed;
    Count& perRepeat = m_repeats[result.repeat];
    ++perRepeat.trials;
    perRepeat.passes += passed;
}

CellStats CellTally::stats(double threshold, std::optional<double> errorCostUsd) const
{
    CellStats stats;
    stats.category = m_category;
    stats.modelId = m_modelId;
    stats.trials = m_trials;
    stats.passes = m_passes;
    stats.meanScore = m_trials > 0 ? m_scoreSum / m_trials : 0.0;
    stats.scoreInterval = meanInterval(m_scoreSum, m_scoreSquares, m_trials);
    stats.errors = m_errors;
    stats.errorsByKind = m_errorsByKind;
    stats.refusals = m_refusals;
    stats.refusalsByKind = m_refusalsByKind;
    stats.modelCostUsd = m_modelCost;
    stats.judgeCostUsd = m_judgeCost;
    if (!m_latencies.isEmpty()) {
        stats.latencyP50Ms = nearestRankPercentile(m_latencies, 50);
        stats.latencyP95Ms = nearestRankPercentile(m_latencies, 95);
    }
    stats.unmeasuredLatencies = m_unmeasuredLatencies;
    stats.meanInputTokens = m_trials > 0 ? double(m_inputTokens) / m_trials : 0.0;
    stats.meanOutputTokens = m_trials > 0 ? double(m_outputTokens) / m_trials : 0.0;
    stats.threshold = threshold;
    stats.errorCostUsd = errorCostUsd;
    fillCaseFigures(stats);
    fillEvidence(stats);
    return stats;
}

void CellTally::fillEvidence(CellStats& stats) const
{
    // Added up by the number of answers a case had, in that order: a hash's order would change the
    // last digit from run to run.
    QMap<int, qint64> passesByAnswers;
    for (const Count& perCase : m_cases)
        passesByAnswers[perCase.trials] += perCase.passes;
    for (auto it = passesByAnswers.cbegin(); it != passesByAnswers.cend(); ++it)
        stats.casePasses += double(it.value()) / it.key();
    stats.passInterval = wilsonInterval(stats.casePasses, stats.cases);
    stats.verdict = barVerdict(stats.casePasses, stats.cases, stats.threshold);
    stats.probMeetsBar = probabilityMeetsBar(stats.casePasses, stats.cases, stats.threshold);
}

void CellTally::fillCaseFigures(CellStats& stats) const
{
    stats.cases = int(m_cases.size());
    for (const Count& perCase : m_cases) {
        stats.repeats = std::max(stats.repeats, perCase.trials);
        stats.stableCases += perCase.passes == 0 || perCase.passes == perCase.trials;
        stats.passedAllRepeats += perCase.passes == perCase.trials;
    }
    double lowest = 1.0;
    double highest = 0.0;
    for (const Count& perRepeat : m_repeats) {
        const double rate = double(perRepeat.passes) / perRepeat.trials;
        lowest = std::min(lowest, rate);
        highest = std::max(highest, rate);
    }
    stats.repeatSpread = m_repeats.isEmpty() ? 0.0 : highest - lowest;
}

std::optional<double> CellStats::expectedErrorCostPer1k() const
{
    if (!errorCostUsd || cases == 0)
        return std::nullopt;
    return (1.0 - passRate()) * *errorCostUsd * 1000.0;
}

std::optional<double> CellStats::totalCostPer1k() const
{
    const std::optional<double> errorCost = expectedErrorCostPer1k();
    return errorCost ? std::optional<double>(costPer1kRequests() + *errorCost) : std::nullopt;
}

std::optional<double> CellStats::costPerUsefulOutput() const
{
    if (!errorCostUsd || passRate() <= 0.0)
        return std::nullopt;
    return modelCostPerRequest() / passRate();
}

double CellStats::expectedTotalCostPerRequest() const
{
    const double errorShare = 1.0 - posteriorMeanRate(casePasses, cases);
    return modelCostPerRequest() + (errorCostUsd ? errorShare * *errorCostUsd : 0.0);
}

CellStats cellStats(const QList<ResultRecord>& results, double threshold, std::optional<double> errorCostUsd)
{
    const ResultRecord first = results.value(0);
    CellTally tally(first.category, first.modelId);
    for (const ResultRecord& result : results)
        tally.add(result);
    return tally.stats(threshold, errorCostUsd);
}
