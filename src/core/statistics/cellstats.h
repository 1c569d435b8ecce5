// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proportion.h"
#include "results/resultrecord.h"

#include <QMap>

struct CellKey {
    QString category;
    QString modelId;
    friend bool operator==(const CellKey&, const CellKey&) = default;
};

size_t qHash(const CellKey& key, size_t seed = 0) noexcept;

// One model on one category in one run. The case is the unit of evidence: a case answered r times
// (repeats) is one observation, its pass fraction over the r answers, so the pass rate, its interval,
// the bar verdict and the probability of meeting the bar are the same for a model that answers every
// case alike with 1 or with 3 repeats. Repeats feed stability, pass^k and the repeat spread. An error
// is a failed trial with no score, and is also counted apart; so is a refusal, a failed trial scored 0.
struct CellStats {
    QString category;
    QString modelId;
    int cases = 0; // distinct case ids
    int repeats = 0; // the most trials any one case has
    int trials = 0; // results
    int passes = 0; // trials that passed
    double casePasses = 0.0; // the cases' pass fractions added up: 36 of 40 cases, or 36.3 with repeats
    Interval passInterval; // Wilson 95% on casePasses of cases
    double meanScore = 0.0; // an absent score (an error) counts as 0
    Interval scoreInterval; // mean +- z * s / sqrt(trials), normal approximation, clamped to [0, 1]
    int errors = 0;
    QMap<QString, int> errorsByKind;
    int refusals = 0; // failed trials where the model declined, was filtered or answered nothing
    QMap<QString, int> refusalsByKind; // by "refusal", "content-filter", "empty-answer"
    double modelCostUsd = 0.0; // all trials, errors included: what production would have paid
    double judgeCostUsd = 0.0; // what scoring cost; never part of a route's cost
    // Nearest rank, over the trials that did not end in an error and whose latency was measured;
    // absent when none was (answers collected from a provider's batch have no latency of their own).
    std::optional<qint64> latencyP50Ms;
    std::optional<qint64> latencyP95Ms;
    int unmeasuredLatencies = 0; // trials without an error whose latency is unknown
    double meanInputTokens = 0.0; // all trials
    double meanOutputTokens = 0.0;
    int stableCases = 0; // cases with one verdict in all their repeats
    int passedAllRepeats = 0; // cases that passed in every one of their repeats
    double repeatSpread = 0.0; // max - min of the per-repeat pass rates; 0 with one repeat
    double threshold = 0.0; // the category's bar
    BarVerdict verdict; // the Wilson interval against the bar
    double probMeetsBar = 0.0; // P(true rate >= bar), Jeffreys posterior on the cases
    std::optional<double> errorCostUsd; // the category's price of one wrong answer, when it sets one

    double passRate() const { return cases > 0 ? casePasses / cases : 0.0; } // of cases; of trials alike with even repeats
    double errorRate() const { return trials > 0 ? double(errors) / trials : 0.0; }
    double stability() const { return cases > 0 ? double(stableCases) / cases : 0.0; }
    double passHatK() const { return cases > 0 ? double(passedAllRepeats) / cases : 0.0; } // pass^k
    double modelCostPerRequest() const { return trials > 0 ? modelCostUsd / trials : 0.0; }
    double costPer1kRequests() const { return 1000.0 * modelCostPerRequest(); } // the model's cost only
    double judgeCostPerTrial() const { return trials > 0 ? judgeCostUsd / trials : 0.0; }
    // With a price of errors: (1 - pass rate) x error cost x 1000, the API cost added, and the API cost
    // of one request that passes (absent when none passed). The pass rate is the observed one.
    std::optional<double> expectedErrorCostPer1k() const;
    std::optional<double> totalCostPer1k() const;
    std::optional<double> costPerUsefulOutput() const;
    // API cost plus (1 - posterior-mean pass rate) x error cost, per request: what the lowest-total-cost
    // target ranks by. Without an error cost, the API cost alone.
    double expectedTotalCostPerRequest() const;
    bool meetsBarObserved() const { return fractionMeets(casePasses, cases, threshold); } // the counts, no interval
    CellKey key() const { return { category, modelId }; }
    friend bool operator==(const CellStats&, const CellStats&) = default;
};

// The figures of one cell from its results (all of one category and one model), its bar and its
// price of errors.
CellStats cellStats(const QList<ResultRecord>& results, double threshold, std::optional<double> errorCostUsd = {});

Q_DECLARE_METATYPE(CellKey)
Q_DECLARE_METATYPE(CellStats)
