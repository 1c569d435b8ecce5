// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cellstats.h"
#include "domain/workspace.h"

// One model's figures across the categories it answered, each category weighted by its share of
// the traffic. The shares are normalised over the categories present: a model benchmarked on two
// categories of 30% and 10% weighs them 0.75 and 0.25. When those shares add up to 0 (or the
// categories are not in the workspace) the categories weigh the same.
struct ModelAggregate {
    QString modelId;
    int categories = 0;
    double trafficCovered = 0.0; // the raw shares of its categories, added up
    int trials = 0; // plain totals, not weighted
    int passes = 0;
    int errors = 0;
    double accuracy = 0.0; // weighted pass rate
    // The weighted means of the per-category Wilson bounds: conservative, wider than a
    // stratified interval would be.
    Interval accuracyInterval;
    double meanScore = 0.0;
    double errorRate = 0.0;
    double costPer1kRequests = 0.0; // the model's cost of 1,000 production requests in this mix
    double judgeCostPer1kTrials = 0.0; // what scoring 1,000 trials in this mix cost, apart
    double monthlyCostUsd = 0.0; // as if it served all of the workspace's monthly requests in this mix
    // Weighted means of the categories' percentiles, not a percentile, over the categories whose
    // latency was measured (weights normalised over those); absent when none was.
    std::optional<double> latencyP50Ms;
    std::optional<double> latencyP95Ms;
    double meanInputTokens = 0.0;
    double meanOutputTokens = 0.0;
    double stability = 0.0;
    double passHatK = 0.0;
    int categoriesMeetingBar = 0; // verdict Meets
    int categoriesFailingBar = 0; // verdict Fails

    friend bool operator==(const ModelAggregate&, const ModelAggregate&) = default;
};

// The aggregate of one model from its cells (one per category).
ModelAggregate aggregateModel(const Workspace& workspace, const QString& modelId, const QList<CellStats>& cells);

Q_DECLARE_METATYPE(ModelAggregate)
