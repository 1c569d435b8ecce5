// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "freshness/driftreport.h"

// The drift report for the terminal (a row per item) and as JSON: {"run", "baseline", "max_age_days",
// "needs_decision", "counts": {kind: n}, "items": [{"kind", "category", "model", "detail"}]}.
QString driftText(const DriftReport& report, int maxAgeDays);
QString driftJson(const DriftReport& report, int maxAgeDays);
