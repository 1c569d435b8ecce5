// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// The ranges a workspace's numbers must lie in. Wide enough for any real provider, model or
// application; narrow enough that no number a user types can make Signalbox allocate, overflow
// or wait without end. Loaders report a value outside them; the runner clamps again.
namespace Limits {
constexpr int maxConcurrency = 1000; // requests in flight to one provider
constexpr int maxRequestsPerMinute = 1'000'000;
constexpr int maxTimeoutSeconds = 86'400; // a day
constexpr qint64 maxMonthlyRequests = 1'000'000'000'000; // a trillion
constexpr int maxContextWindow = 100'000'000; // tokens
constexpr double maxPricePerMillion = 100'000.0; // US dollars per million tokens
constexpr int maxSimulatedLatencyMs = 600'000; // ten minutes
constexpr double maxScorerWeight = 1000.0;
constexpr int maxEvidenceCases = 1'000'000'000;
constexpr double maxEvidenceCostPer1k = 1'000'000'000.0;
constexpr double maxEvidenceLatencyMs = 1'000'000'000.0;
} // namespace Limits
