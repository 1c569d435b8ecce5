// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "suggestiontext.h"

// The suggestions of `signalbox-cli suggest --format json`: the same figures as the text and the
// Routing area. Top level: run, categories (one object per category: category, target, chain,
// runner_up, confidence, prob_meets_bar of the primary, cases_needed, explanation, evidence,
// projection), default_chain and projection (monthly requests; API, error and total cost of the
// suggested map, the current map and the baseline model). Unknown figures are null, never 0; the
// error-cost keys appear where the category prices its errors.
QString suggestionJson(const SuggestionReport& report);
