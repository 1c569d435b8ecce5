// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/category.h"
#include "routeranking.h"

#include <optional>

// What decided a suggestion, to explain it in a sentence or two. Internal to the routing suggestions.
struct SuggestionFacts {
    const CellStats* winner = nullptr;
    const CellStats* rival = nullptr; // ranked before the winner, missed the bar on counts, undecided
    const CellStats* runnerUp = nullptr;
    std::optional<Separation> separation; // winner against runner-up, when the target ranks by accuracy
};

QString explainSuggestion(OptimisationTarget target, const SuggestionFacts& facts); // translated
QString explainNoData(const QString& category);
QString explainNoneMeetsBar(const CellStats& mostAccurate);

// "36", or "36.3" when repeats make a case count in part
QString casesText(double casePasses);
// "47%", "<1%", ">99%"
QString probabilityText(double probability);
// "47% likely to meet it" (translated)
QString likelyText(double probability);
// "87.5%", "87.5% [73.9-94.5%]"
QString percentText(double rate);
QString rateWithInterval(double rate, const Interval& interval);
