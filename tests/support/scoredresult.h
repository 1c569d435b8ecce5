// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/resultrecord.h"

// A model's answer to a case in a run, passed (score 1) or failed (score 0); a test sets the rest
// (output, cost, latency, repeat, error) on the copy it gets.
inline ResultRecord scoredResult(const QString& runId, const QString& category, const QString& caseId,
                                 const QString& modelId, bool pass)
{
    return ResultRecord { .runId = runId,
                          .category = category,
                          .caseId = caseId,
                          .modelId = modelId,
                          .score = pass ? 1.0 : 0.0,
                          .pass = pass };
}
