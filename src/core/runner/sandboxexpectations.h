// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/category.h"
#include "sandbox/wronganswers.h"

// What the sandbox's simulated models are told about a case, read from its category and scorers:
// the task it belongs to, the facts a contains-style scorer looks for and the JSON fields a
// json-field-equals scorer compares, so that a simulated miss is plausible and still fails.
ExpectedAnswer sandboxExpectation(const Category& category, const TestCase& testCase);
// The labels the category's scorers accept (contains-any lists), beside its expected outputs.
QStringList sandboxScorerLabels(const Category& category);
