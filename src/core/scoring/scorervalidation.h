// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scorer.h"

// Load-time checks of scorer specs, for workspace readers and editors: an unknown type (with a
// suggestion), a negative weight, and what the type asks of value, threshold and path (a valid
// regular expression, a valid JSON path, a threshold in range, a value of the right shape, no
// keys the type does not use).
QList<ScorerIssue> scorerIssues(const ScorerSpec& spec);
// The same, plus what depends on the case a spec is applied to: an expected output for a spec
// without a value, and the value once its {{placeholders}} are filled from the case.
QList<ScorerIssue> scorerIssues(const ScorerSpec& spec, const TestCase& testCase);

// What loads but cannot work as meant on this case: a json-field-equals without a value whose
// case's expected output is JSON without the path can never pass. Shown as warnings.
QList<ScorerIssue> scorerWarnings(const ScorerSpec& spec, const TestCase& testCase);

// The first issue's message, or an empty string when the spec is fine.
QString validateScorer(const ScorerSpec& spec);
QString validateScorer(const ScorerSpec& spec, const TestCase& testCase);
