// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

// Nearest-rank percentile: the value at rank ceil(percent / 100 * N) of the N sorted values, rank 1
// at percent 0. No interpolation, so the result is always a value that was measured: the p50 of
// 10, 20, 30, 40 is 20 and their p95 is 40. The rank is found in integers. Empty input gives 0.
qint64 nearestRankPercentile(QList<qint64> values, int percent);
