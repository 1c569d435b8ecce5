// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "freshness/pricingshift.h"
#include "results/resultrecord.h"

#include <QTextStream>

// The warnings commands print when a run's evidence may be out of date.

// "report: run X: 92% of these answers were cached on 3 Nov 2026; ..." on err when the run's
// answers mostly came from the response cache; nothing otherwise. True when it warned.
bool warnWhenMostlyCached(const QString& command, const QString& runId, const QList<ResultRecord>& results,
                          QTextStream& err);

// "Pricing changed the winner of 1 route (today's prices against the run's):" and a line per route;
// empty when it changed none.
QString pricingShiftsText(const QList<PricingShift>& shifts);
