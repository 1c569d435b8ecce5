// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pricing/pricereview.h"

// A price review for the terminal: a row per matched model with its old and new prices (dollars per
// million tokens) and context window, then the models the list does not have.
QString priceReviewText(const PriceReview& review);
// The same as JSON: {"source", "format", "changes", "models": [{"model", "list_key", "changed",
// "old": {...}, "new": {...}}], "unmatched": [{"model", "reason"}], "applied"}.
QString priceReviewJson(const PriceReview& review, bool applied);

// "0.15", "0.075": a price as short as it is exact.
QString priceNumber(double usdPerMillion);
