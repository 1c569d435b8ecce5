// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mcnemar.h"
#include "runanalysis.h"

// How one model on one category changed from a baseline run to the current run.
//
// A regression is an accuracy drop (current pass rate below the baseline's, on counts) that is
// beyond chance by either of two tests: the intervals part (the current Wilson upper bound is below
// the baseline's lower bound), or, on the cases both runs share, the exact McNemar test gives p < 0.05
// with more cases passing before and failing now than the reverse. Each case is one pair whatever
// its repeats (its pass fractions compared).
// An improvement is the mirror image.
struct CellChange {
    CellStats baseline;
    CellStats current;
    double accuracyChange = 0.0; // current - baseline pass rate
    double costPer1kChange = 0.0; // current - baseline model cost of 1,000 requests
    PairedCounts shared; // first: the baseline; onlyFirst passed before and fails now (cases)
    bool regression = false;
    bool improvement = false;

    double pValue() const { return shared.pValue(); }
    CellKey key() const { return current.key(); }
    friend bool operator==(const CellChange&, const CellChange&) = default;
};

inline constexpr double regressionAlpha = 0.05;

struct RunComparison {
    QString baselineRunId;
    QString currentRunId;
    QList<CellChange> changes; // the cells both runs have, in the current run's order
    QList<CellKey> onlyInBaseline;
    QList<CellKey> onlyInCurrent;

    int regressionCount() const;
    int improvementCount() const;
    friend bool operator==(const RunComparison&, const RunComparison&) = default;
};

// Compares two runs of the same workspace. Pure and thread-safe.
RunComparison compareRuns(const Workspace& workspace, const QList<ResultRecord>& baseline,
                          const QList<ResultRecord>& current);

Q_DECLARE_METATYPE(CellChange)
Q_DECLARE_METATYPE(RunComparison)
