// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtally.h"

namespace {
void addSums(ResultsTally& tally, const ResultRecord& result)
{
    ++tally.answers;
    tally.passed += result.pass ? 1 : 0;
    tally.errors += result.isError() ? 1 : 0;
    if (result.score) {
        ++tally.scored;
        tally.scoreSum += *result.score;
    }
    tally.costUsd += result.costUsd;
    tally.judgeCostUsd += result.judgeCostUsd;
}
} // namespace

void ResultsTally::add(const ResultRecord& result)
{
    addSums(*this, result);
    cases.insert(result.caseId);
    // A scorer's error comes after an answer that took its time; a call's error has no answer.
    // An answer collected from a provider's batch has no latency to count, not one of 0.
    const bool answered = result.errorKind.isEmpty() || result.errorKind == QLatin1String("scorer");
    if (answered && result.hasLatency())
        latencies.append(result.latencyMs);
}

void RunTally::add(const ResultRecord& result)
{
    m_cells[{ result.category, result.modelId }].add(result);
    addSums(m_total, result);
    m_cacheUse.add(result);
    if (result.isError() && !m_firstError)
        m_firstError = result;
}

ResultsTally RunTally::cell(const QString& category, const QString& modelId) const
{
    return m_cells.value({ category, modelId });
}
