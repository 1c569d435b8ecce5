// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/resultrecord.h"
#include "results/runinfo.h"
#include "statistics/runtally.h"

#include <QList>

// What a run found, for the terminal: a table with a row per category and model (cases, pass
// rate, mean score, errors, cost per case and in total, latency p50 and p95) and a line of totals.
// Rows of a simulated run say so, lest anyone mistake the sandbox's answers for a model's.
QString runSummary(const RunInfo& run, const RunTally& tally);

// The value below which share (0..1) of the sorted values lie, by the nearest-rank method.
qint64 percentile(const QList<qint64>& sortedValues, double share);
