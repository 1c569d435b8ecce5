// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/category.h"
#include "scoring/scorer.h"

// Something wrong with a scorer once it is applied to a case: no expected output to compare
// with, or a value the case's placeholders break (a regular expression that no longer compiles).
struct AppliedScorerIssue {
    int ownScorer = -1; // index into the case's own scorers; -1: one of the category's
    ScorerIssue issue; // its message names the category's scorer when it is one of those
    bool warning = false; // loads, but cannot work as meant (a field check that can never pass)
};

// What the scorers that apply to the case (its own, else the category's) find wrong with it. The
// scorers themselves are taken to be valid; their own problems are reported where they are read.
// Warnings come last.
QList<AppliedScorerIssue> appliedScorerIssues(const TestCase& testCase, const Category& category);
