// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

#include <algorithm>
#include <cmath>
#include <QRandomGenerator>

bool RetryPolicy::shouldRetry(const CompletionResult& result) const
{
    if (result.attempts >= maxAttempts)
        return false;
    if (result.retryAfterMs && *result.retryAfterMs > maxRetryAfterMs)
        return false;
    switch (result.error) {
    case CompletionError::Retryable:
        return true;
    case CompletionError::Malformed:
        return retryMalformed;
    case CompletionError::None: // refusals included: the same model would decline the same question again
    case CompletionError::Fatal:
    case CompletionError::TooLarge:
    case CompletionError::Cancelled:
        break;
    }
    return false;
}

qint64 RetryPolicy::backoffCeilingMs(int attemptsSoFar) const
{
    const int doublings = std::clamp(attemptsSoFar - 1, 0, 40);
    const double ceiling = double(std::max<qint64>(baseDelayMs, 0)) * std::ldexp(1.0, doublings);
    return qint64(std::min(ceiling, double(std::max<qint64>(maxDelayMs, 0))));
}

qint64 RetryPolicy::delayMs(int attemptsSoFar, std::optional<qint64> retryAfterMs, double unitRandom) const
{
    const double unit = std::clamp(unitRandom, 0.0, 1.0);
    const qint64 jittered = qint64(std::floor(unit * double(backoffCeilingMs(attemptsSoFar))));
    if (!retryAfterMs)
        return jittered;
    // Clients told the same hint would all come back at once: spread them over a tenth more.
    const qint64 hint = std::clamp<qint64>(*retryAfterMs, 0, maxRetryAfterMs);
    const qint64 spread = qint64(std::floor(unit * double(hint) / 10.0));
    return std::max(hint + spread, jittered);
}

qint64 RetryPolicy::delayMs(int attemptsSoFar, std::optional<qint64> retryAfterMs) const
{
    return delayMs(attemptsSoFar, retryAfterMs, QRandomGenerator::global()->generateDouble());
}
