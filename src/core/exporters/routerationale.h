// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportfacts.h"

// Why each route of an exported map is what it is, as a short English paragraph: what the category
// is, the model that serves it and why (target, bar, pass rate with its interval, the probability
// of meeting the bar where recorded, cost per 1,000 requests, p95 latency), the runner-up, the run
// and its date, and what should trigger a review. Exported text is never translated: a deployed
// file must not change with the interface language of whoever exported it.
QString routeRationale(const ExportFacts& facts, const Route& route);
QString defaultRouteRationale(const ExportFacts& facts, const QString& routeName);

// Every route's paragraph and the default route's, each after a "<name>:" line, under the header
// of facts: the companion text file of an export whose format has no comments (Portkey's JSON).
QString rationaleDocument(const ExportFacts& facts, const QString& title);

// How the Portkey export enforces a cascade route's check, or that it cannot.
QString portkeyCascadeNote(const ScorerSpec& check);

// Evidence older than this asks for a review.
inline constexpr int reviewAfterDays = 30;

// The paragraph as "# " comment lines of at most 100 columns, each indented by indent spaces.
QString commentBlock(const QString& paragraph, int indent);

// English figures, independent of the locale: "92.5%", "$0.0412", "420 ms".
QString englishPercent(double share);
QString englishUsd(double usd);
