// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runreport.h"

#include <QJsonValue>

// The documented keys of a report row, in the order of the CSV columns: category, model, cases,
// trials, passes, accuracy, ci_low, ci_high, meets_bar, cost_per_1k_usd, cost_per_case_usd,
// latency_p50_ms, latency_p95_ms, errors, refusals, stability, pass_k; compared with a baseline also
// baseline_accuracy, accuracy_change, cost_change_per_1k_usd, p_value, regression, improvement.
QStringList reportKeys(bool compared);

// A row's values under those keys. Shares (accuracy, interval, stability, pass_k, changes of
// accuracy) are rounded to 4 decimals, dollars to 6 significant digits, p_value to 4; meets_bar is
// "yes", "no" or "undecided". The change keys are null for a cell the baseline does not have.
QList<QJsonValue> reportValues(const ReportRow& row, bool compared);
