// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcnemar.h"

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

JobKey pairingKey(const ResultRecord& result)
{
    return { result.category, result.caseId, QString(), result.repeat };
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

PairedCounts pairOutcomes(const QList<ResultRecord>& first, const QList<ResultRecord>& second)
{
    QHash<JobKey, bool> firstPassed;
    firstPassed.reserve(first.size());
    for (const ResultRecord& result : first)
        firstPassed.insert(pairingKey(result), countsAsPass(result));
    PairedCounts counts;
    for (const ResultRecord& result : second) {
        const auto it = firstPassed.constFind(pairingKey(result));
        if (it != firstPassed.cend())
            counts.add(*it, countsAsPass(result));
    }
    return counts;
}
