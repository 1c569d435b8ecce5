// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dispatchrules.h"
#include "labelledtraffic.h"
#include "results/resultrecord.h"

// One way of serving the labelled cases, scored by the run's verdicts on those very cases.
struct ServedFigures {
    QString model; // the best single model's id; empty for the dispatched systems
    int cases = 0; // evaluated: the serving model has a verdict on the case in the run
    int notEvaluated = 0; // the serving model did not answer the case in the run (or no route)
    double passes = 0.0; // pass fractions over repeats, summed
    double costUsd = 0.0; // model calls (and, deployed, the classifier), summed over the cases

    std::optional<double> passRate() const { return cases ? std::optional<double>(passes / cases) : std::nullopt; }
    std::optional<double> costPer1k() const
    {
        return cases ? std::optional<double>(costUsd / cases * 1000.0) : std::nullopt;
    }
};

// What one case met when dispatched.
struct DispatchedCaseOutcome {
    QString deployedModel; // the predicted category's routed primary (the default route's for "default")
    std::optional<double> deployedPass; // that model's pass fraction on the case; nullopt: not evaluated
    QString deployedAnswer; // its answer (first repeat)
    QString perfectModel; // the true category's routed primary
    std::optional<double> perfectPass;
};

// The deployed system (dispatcher + routing map) beside a perfect dispatcher and the best single
// model, on the labelled requests that are workspace cases. The price of misroutes compares the
// deployed system with the perfect dispatcher on the cases both could be scored on; per month it
// weights each category by its traffic share at the traffic profile's volume.
struct EndToEndFigures {
    QString runId;
    ServedFigures deployed;
    ServedFigures perfect;
    ServedFigures bestSingle;
    QList<DispatchedCaseOutcome> outcomes; // parallel to the labelled requests; empty models for non-cases
    int comparedCases = 0; // scored under both the deployed system and a perfect dispatcher
    double passRateLoss = 0.0; // perfect minus deployed, on the compared cases
    double costChangePer1k = 0.0; // deployed minus perfect, US dollars per 1,000 requests
    std::optional<double> monthlyCostChangeUsd; // nullopt without a traffic profile or shares
    std::optional<double> monthlyLostPasses; // right answers lost a month
};

EndToEndFigures endToEndFigures(const Workspace& workspace, const QList<LabelledRequest>& requests,
                                const QList<Dispatch>& dispatches, const QList<ResultRecord>& results);

Q_DECLARE_METATYPE(EndToEndFigures)
