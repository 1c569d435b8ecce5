// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcnemar.h"

#include "proportion.h"

#include <algorithm>
#include <cmath>

namespace {
// log C(n, m), summed rather than taken from lgamma, which is not thread-safe on every libc.
double logChoose(qint64 n, qint64 m)
{
    double sum = 0.0;
    for (qint64 i = 1; i <= m; ++i)
        sum += std::log(double(n - m + i) / double(i));
    return sum;
}

// sum_{i <= m} C(n, i) / C(n, m): the terms relative to the largest, walked down from i = m.
double relativeTailSum(qint64 n, qint64 m)
{
    double term = 1.0;
    double sum = 1.0;
    for (qint64 i = m; i > 0 && term > sum * 1e-17; --i) {
        term *= double(i) / double(n - i + 1);
        sum += term;
    }
    return sum;
}


} // namespace

double mcnemarExactP(qint64 b, qint64 c)
{
    const qint64 n = b + c;
    const qint64 m = std::min(b, c);
    if (n <= 0 || 2 * m == n)
        return 1.0;
    const double logTail = logChoose(n, m) + std::log(relativeTailSum(n, m)) - double(n) * std::log(2.0);
    return std::min(1.0, 2.0 * std::exp(logTail));
}

void PairedCounts::add(bool firstPassed, bool secondPassed)
{
    if (firstPassed && secondPassed)
        ++bothPass;
    else if (firstPassed)
        ++onlyFirst;
    else if (secondPassed)
        ++onlySecond;
    else
        ++bothFail;
}

QHash<JobKey, CaseOutcome> caseOutcomes(const QList<ResultRecord>& results, CaseKeying keying)
{
    QHash<JobKey, CaseOutcome> outcomes;
    outcomes.reserve(results.size());
    for (const ResultRecord& result : results) {
        const QString model = keying == CaseKeying::ByModel ? result.modelId : QString();
        outcomes[JobKey { result.category, result.caseId, model, 0 }].add(countsAsPass(result));
    }
    return outcomes;
}

void CaseOutcome::add(bool passed)
{
    ++answers;
    passes += passed;
}

void PairedCounts::addCase(const CaseOutcome& first, const CaseOutcome& second)
{
    const int order = compareRates(first.passes, first.answers, second.passes, second.answers);
    if (order == 0)
        add(first.passes > 0, second.passes > 0);
    else
        add(order > 0, order < 0);
}

PairedCounts pairOutcomes(const QList<ResultRecord>& first, const QList<ResultRecord>& second)
{
    const QHash<JobKey, CaseOutcome> firstCases = caseOutcomes(first, CaseKeying::AnyModel);
    const QHash<JobKey, CaseOutcome> secondCases = caseOutcomes(second, CaseKeying::AnyModel);
    PairedCounts counts;
    for (auto it = secondCases.cbegin(); it != secondCases.cend(); ++it) {
        const auto found = firstCases.constFind(it.key());
        if (found != firstCases.cend())
            counts.addCase(*found, *it);
    }
    return counts;
}
