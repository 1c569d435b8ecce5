// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/category.h"
#include "statistics/cellstats.h"
#include "statistics/mcnemar.h"

// The order in which a target ranks the cells of a category, best first, and how far apart two
// models are. Internal to the routing suggestions.

// Whether a comes before b under the target. Ties end on the cheaper, then the more accurate, then the id.
bool ranksBefore(OptimisationTarget target, const CellStats& a, const CellStats& b);
QList<CellStats> rankedCells(OptimisationTarget target, QList<CellStats> cells);

// Whether the target ranks first by a figure only chance can separate (accuracy, stability).
bool ranksByProportion(OptimisationTarget target, const CellStats& winner, const CellStats& runnerUp);

// How two cells compare on their pass rates: whether the difference is beyond chance and, when it
// is not, how many more cases would likely make it so (the observed rates and discordance held).
struct Separation {
    bool separated = false;
    bool tie = false; // equal rates or no discordant pairs: no number of cases separates them
    bool paired = false; // decided by McNemar on the paired trials, not by the intervals
    double pValue = 1.0; // paired only
    qint64 moreCases = 0; // not separated: the estimate, capped at defaultDecideCap
    bool beyondCap = false;
};

Separation separation(const CellStats& winner, const CellStats& runnerUp, const PairedCounts* paired);

// The results of one cell among a run's results.
QList<ResultRecord> cellResults(const QList<ResultRecord>& results, const QString& category, const QString& modelId);
