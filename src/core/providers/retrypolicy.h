// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "completion.h"

#include <optional>

// When and whether to try a failed completion again: exponential backoff with full jitter
// (a uniform wait between zero and the doubled ceiling), never shorter than the provider's
// retry-after hint (and at most a tenth longer). Pure: the caller schedules the timer and supplies the randomness.
struct RetryPolicy {
    int maxAttempts = 4; // including the first
    qint64 baseDelayMs = 500; // ceiling of the first backoff
    qint64 maxDelayMs = 30000; // ceiling of any backoff
    qint64 maxRetryAfterMs = 120000; // a hint beyond this (a daily quota) means: give up
    bool retryMalformed = true; // garbled or cut bodies are usually transient

    // True when result failed in a way worth another try and attempts remain.
    bool shouldRetry(const CompletionResult& result) const;

    // Wait before the next attempt, after `attemptsSoFar` attempts; unitRandom in [0, 1).
    qint64 delayMs(int attemptsSoFar, std::optional<qint64> retryAfterMs, double unitRandom) const;
    // The same with QRandomGenerator::global().
    qint64 delayMs(int attemptsSoFar, std::optional<qint64> retryAfterMs) const;

    qint64 backoffCeilingMs(int attemptsSoFar) const;

    friend bool operator==(const RetryPolicy&, const RetryPolicy&) = default;
};
