// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pricingshift.h"
#include "results/runinfo.h"

#include <QCoreApplication>

// What in a routing map needs a decision after a new benchmark run: the monthly question "did the
// routed model lose accuracy, did a new model overtake it, did pricing change the calculation, is
// the evidence still good?".
enum class DriftKind {
    Regression, // the routed model's accuracy dropped against the baseline, beyond chance
    NewWinner, // the run suggests another model than the routed one
    PriceMovesWinner, // today's (or the given) prices change the run's winner
    StaleEvidence, // the route's evidence is older than the limit
    MostlyCached, // the routed model's answers in the run mostly came from the cache
    MissingModel, // the route names a model the workspace no longer has
};

QString driftKindKey(DriftKind kind); // "regression", "new-winner", "price-moves-winner", ...

struct DriftItem {
    DriftKind kind = DriftKind::Regression;
    QString category; // empty: the default chain
    QString modelId; // the model it is about
    QString detail; // translated, one sentence
    friend bool operator==(const DriftItem&, const DriftItem&) = default;
};

struct DriftInputs {
    Workspace workspace; // its routing map is what is checked
    RunInfo baseline;
    QList<ResultRecord> baselineResults;
    RunInfo run;
    QList<ResultRecord> runResults;
    std::optional<QMap<QString, Price>> prices; // the prices to judge by; absent: the workspace's
    int maxAgeDays = 30;
    QDateTime now;
};

struct DriftReport {
    QString baselineRunId;
    QString runId;
    QList<DriftItem> items; // in category order, regressions first within a category

    int count(DriftKind kind) const;
    bool needsDecision() const { return !items.isEmpty(); }
};

class DriftCheck
{
    Q_DECLARE_TR_FUNCTIONS(DriftCheck)
public:
    static DriftReport check(const DriftInputs& inputs); // pure and thread-safe
};
