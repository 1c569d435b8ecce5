// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runreport.h"

#include <QJsonValue>

// The documented keys of a report row, in the order of the CSV columns: category, model, cases,
// trials, passes, accuracy, ci_low, ci_high, meets_bar, prob_meets_bar, cost_per_1k_usd,
// cost_per_case_usd, latency_p50_ms, latency_p95_ms, errors, stability, pass_k,
// expected_error_cost_per_1k_usd, total_cost_per_1k_usd, cost_per_useful_output_usd; compared with a
// baseline also baseline_accuracy, accuracy_change, cost_change_per_1k_usd, p_value, regression,
// improvement.
QStringList reportKeys(bool compared);

// The keys JSON leaves out of a row when null: the error-cost figures of a category without a price.
bool omittedWhenNull(const QString& key);

// A row's values under those keys. Shares (accuracy, interval, stability, pass_k, changes of
// accuracy, prob_meets_bar) are rounded to 4 decimals, dollars to 6 significant digits, p_value to 4;
// meets_bar is "yes", "no" or "undecided". The change keys are null for a cell the baseline does not
// have, the error-cost keys for a category that sets no error cost.
QList<QJsonValue> reportValues(const ReportRow& row, bool compared);
